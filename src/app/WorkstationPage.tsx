import { lazy, Suspense, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { useLines } from '../api';
import { notesToSummary, type Me } from '../contract';
import { Button, EmptyState, Region } from '../components';
import { CallBackButton, CallerHistoryNotice, MyRecords, openRecordById, SaveStatusBadge, useRecordStore } from '../features/record';
import { IncomingCallBand, requestCallNotifications, Softphone } from '../features/softphone';
import { ShiftPanel, useSeatReadiness } from '../features/shift';
import { MockCallBanner, useTrainingVoucher } from '../features/mock-call-banner';
import { SupervisionBanner, useSupervisionVoucher } from '../features/supervised';
import { EmergencyButtons, OpenRescues, TransferBar, TransferRecordProvider } from '../features/transfer';
import { loadFormMessages } from '../i18n';
import { AppLayout } from './AppLayout';
import { useCallSession } from './use-call-session';
import { useRecordMountable, useWorkstationCalls } from './use-record-view';

/**
 * The form and note pad (and their form library) load just after the screen, while the
 * counsellor waits for a call: the phone is usable as soon as possible.
 */
// Each with its messages, which are not part of the first screen's (src/i18n/zh-CN-form.ts).
const loadIntake = () => Promise.all([import('../features/intake'), loadFormMessages()]).then(([module]) => module);
const loadNotes = () => Promise.all([import('../features/notes'), loadFormMessages()]).then(([module]) => module);
const IntakeForm = lazy(() => loadIntake().then((module) => ({ default: module.IntakeForm })));
const NotePad = lazy(() => loadNotes().then((module) => ({ default: module.NotePad })));
const ProtocolReminders = lazy(() => loadNotes().then((module) => ({ default: module.ProtocolReminders })));
/** Needed only once a call ends: kept out of the first load, which is at its budget. With the
 * form's messages: the wrap-up names what the record still lacks in the form's words. */
const loadWrapUp = () => Promise.all([import('../features/record/WrapUpChoice'), loadFormMessages()]).then(([module]) => module);
const WrapUpChoice = lazy(() => loadWrapUp().then((module) => ({ default: module.WrapUpChoice })));
/** A supervisor's review of a listed record (its mark and text), with the first reviewed record. */
const RecordReviewNote = lazy(() =>
  Promise.all([import('../features/record/RecordReviewNote'), loadFormMessages()]).then(([module]) => ({ default: module.RecordReviewNote })),
);
/** Shown beside the form (and its messages) only when another tab saved the record meanwhile. */
const loadConflicts = () => import('../features/record/SaveConflicts');
const SaveConflicts = lazy(() => loadConflicts().then((module) => ({ default: module.SaveConflicts })));
/** Suggesting the caller for the nuisance list: rare, so never in the first load. */
const loadSuggestNuisance = () => import('../features/nuisance/SuggestNuisance');
const SuggestNuisance = lazy(() => loadSuggestNuisance().then((module) => ({ default: module.SuggestNuisance })));
/** Follow-up tasks, with their messages (kept with the form's): loaded when the page is idle. */
const loadFollowUps = () => Promise.all([import('../features/follow-ups'), loadFormMessages()]).then(([module]) => module);
const FollowUpList = lazy(() => loadFollowUps().then((module) => ({ default: module.FollowUpList })));
const FollowUpStatus = lazy(() => loadFollowUps().then((module) => ({ default: module.FollowUpStatus })));
/** The help request, with its messages (kept with the form's): loaded when the page is idle. */
const loadHelp = () => Promise.all([import('../features/help'), loadFormMessages()]).then(([module]) => module);
const HelpPanel = lazy(() => loadHelp().then((module) => ({ default: module.HelpPanel })));
/** The counsellor's mock-call results (#14): a small entry on the idle workstation, off the first load. */
const TrainingResults = lazy(() => import('../features/training-results').then((module) => ({ default: module.TrainingResults })));

function usePreload(): void {
  useEffect(() => {
    const preload = () => {
      void loadIntake();
      void loadNotes();
      void loadWrapUp();
      void loadConflicts();
      void loadSuggestNuisance();
      void loadHelp();
      void loadFollowUps();
    };
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(preload, { timeout: 2000 });
      return () => cancelIdleCallback(handle);
    }
    const timer = setTimeout(preload, 500);
    return () => clearTimeout(timer);
  }, []);
}

/**
 * The counsellor's screen, laid out for 1366×768 and up: the phone and the transfers it makes on
 * the left, the record of the call alone in the middle (the full height, so its emergency
 * fields fit without scrolling), notes and the shift on the right. The side columns grow with
 * wider screens instead of leaving the space to the form.
 */
export function WorkstationPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = t('workstation.title');
  }, [t]);
  const { transferLink, completeRecord, finishWrapUp } = useCallSession();
  usePreload();
  useSupervisionVoucher();
  useTrainingVoucher();
  const reach = useSeatReadiness();
  const queryClient = useQueryClient();
  const record = useRecordStore((state) => state.open);
  const updateIntake = useRecordStore((state) => state.updateIntake);
  const updateNotes = useRecordStore((state) => state.updateNotes);
  const markEditing = useRecordStore((state) => state.markEditing);
  const closeRecord = useRecordStore((state) => state.closeRecord);
  // Taking the stored version of a part starts the form and pad again from it.
  const replacedFromServer = useRecordStore((state) => state.replacedFromServer);
  const { data: lines } = useLines();
  const { liveCall, liveNumber, audioFlowing, busy, onThePhone, inWrapUp } = useWorkstationCalls(record?.callId ?? null);
  const recordMountable = useRecordMountable(record?.id ?? null, audioFlowing);
  const regions = (lines?.centres ?? []).map((centre) => centre.areaCode);
  // The same elements from render to render: when the record appears the moment a caller is
  // answered, React skips these regions (each follows its own data) instead of re-rendering them.
  const softphone = useMemo(
    () => (
      <Softphone
        reach={reach}
        wrapUp={(call) => (
          <Suspense fallback={<EmptyState>{t('app.loading')}</EmptyState>}>
            <WrapUpChoice
              sipCallId={call.sipCallId}
              complete={completeRecord}
              finish={() => finishWrapUp(call.id)}
              protocolReminders={(facts) => (
                <Suspense fallback={null}>
                  <ProtocolReminders {...facts} />
                </Suspense>
              )}
            />
          </Suspense>
        )}
      />
    ),
    [reach, completeRecord, finishWrapUp, t],
  );
  const incomingCall = useMemo(() => <IncomingCallBand callerContext={(call) => <CallerHistoryNotice call={call} />} />, []);
  const transferBar = useMemo(() => <TransferBar />, []);
  const shiftPanel = useMemo(() => <ShiftPanel onClockIn={requestCallNotifications} />, []);
  const helpPanel = useMemo(
    () => (
      <Suspense fallback={null}>
        <HelpPanel />
      </Suspense>
    ),
    [],
  );

  return (
    <AppLayout me={me} title={t('app.shortName')}>
      <TransferRecordProvider link={transferLink}>
        <div className="flex h-full min-h-0 flex-col gap-3">
          <MockCallBanner />
          <SupervisionBanner />
          {incomingCall}
          <div className="grid min-h-0 flex-1 grid-cols-[minmax(300px,1fr)_minmax(0,2fr)_minmax(280px,1fr)] gap-3">
            <div className="flex min-h-0 flex-col gap-3">
              <Region title={t('workstation.regions.softphone')} className="max-h-[70%] shrink-0">
                {softphone}
              </Region>
              <Region title={t('workstation.regions.transfer')} className="min-h-40 flex-1">
                <div className="flex flex-col gap-3">
                  {transferBar}
                  <OpenRescues record={record} onOpen={(id) => !busy && void openRecordById(queryClient, id, regions)} />
                  {helpPanel}
                </div>
              </Region>
            </div>
            <Region title={t('workstation.regions.intake')}>
              {record && !recordMountable ? (
                <EmptyState>{t('app.loading')}</EmptyState>
              ) : record ? (
                <Suspense fallback={<EmptyState>{t('app.loading')}</EmptyState>}>
                <SaveConflicts />
                <IntakeForm
                  key={`${record.id}:${replacedFromServer}`}
                  initial={record.intake}
                  editable={record.status === 'draft'}
                  callerNumber={liveNumber}
                  notesSummary={notesToSummary(record.notes)}
                  onChange={updateIntake}
                  onEditing={markEditing}
                  onComplete={inWrapUp ? undefined : completeRecord}
                  status={
                    <span className="flex items-center gap-2">
                      {record.followUp && (
                        <Suspense fallback={null}>
                          <FollowUpStatus followUp={record.followUp} />
                        </Suspense>
                      )}
                      {!liveCall && record.status === 'draft' && <CallBackButton recordId={record.id} disabled={onThePhone} />}
                      {/* A completed record is only ever opened to be read (its follow-up): nothing else puts it away. */}
                      {record.status === 'completed' && (
                        <Button tone="quiet" onClick={closeRecord}>
                          {t('record.closeCompleted')}
                        </Button>
                      )}
                      <SaveStatusBadge />
                    </span>
                  }
                  emergencyActions={liveCall ? <EmergencyButtons size="md" /> : undefined}
                  callTypeActions={
                    record.callerNumberMasked !== '' && (
                      // Its own boundary: loading it must not blank the form being typed in.
                      <Suspense fallback={null}>
                        <SuggestNuisance key={record.id} contactId={record.id} />
                      </Suspense>
                    )
                  }
                />
                </Suspense>
              ) : (
                <div className="flex flex-col gap-4">
                  <EmptyState>{t('workstation.emptyIntake')}</EmptyState>
                  <Suspense fallback={null}>
                    <FollowUpList
                      callBack={(contactId) => <CallBackButton recordId={contactId} disabled={onThePhone} />}
                      onOpenRecord={(contactId) => !busy && void openRecordById(queryClient, contactId, regions)}
                    />
                  </Suspense>
                  <h3 className="text-sm font-semibold text-slate-700">{t('record.list.title')}</h3>
                  <MyRecords canOpen={!busy} regions={regions} ReviewNote={RecordReviewNote} />
                  <Suspense fallback={null}>
                    <TrainingResults />
                  </Suspense>
                </div>
              )}
            </Region>
            <div className="flex min-h-0 flex-col gap-3">
              <Region title={t('workstation.regions.shift')} className="max-h-[50%] shrink-0">
                {shiftPanel}
              </Region>
              <Region title={t('workstation.regions.notes')} className="flex-1">
                {record && !recordMountable ? (
                  <EmptyState>{t('app.loading')}</EmptyState>
                ) : record ? (
                  <Suspense fallback={<EmptyState>{t('app.loading')}</EmptyState>}>
                  <NotePad
                    key={`${record.id}:${replacedFromServer}`}
                    notes={record.notes}
                    editable={record.status === 'draft'}
                    answeredAt={Date.parse(record.answeredAt)}
                    onChange={updateNotes}
                  />
                  </Suspense>
                ) : (
                  <EmptyState>{t('workstation.emptyNotes')}</EmptyState>
                )}
              </Region>
            </div>
          </div>
        </div>
      </TransferRecordProvider>
    </AppLayout>
  );
}
