import { lazy, Suspense, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { useLines } from '../api';
import { notesToSummary, type Me } from '../contract';
import { EmptyState, Region } from '../components';
import { CallBackButton, CallerHistoryNotice, MyRecords, openRecordById, SaveConflicts, SaveStatusBadge, useRecordStore } from '../features/record';
import { Softphone } from '../features/softphone';
import { ShiftPanel, useSeatReadiness } from '../features/shift';
import { EmergencyButtons, OpenRescues, TransferBar, TransferRecordProvider } from '../features/transfer';
import { AppLayout } from './AppLayout';
import { useCallSession } from './use-call-session';
import { useRecordMountable, useWorkstationCalls } from './use-record-view';

/**
 * The form and note pad (and their form library) load just after the screen, while the
 * counsellor waits for a call: the phone is usable as soon as possible.
 */
const loadIntake = () => import('../features/intake');
const loadNotes = () => import('../features/notes');
const IntakeForm = lazy(() => loadIntake().then((module) => ({ default: module.IntakeForm })));
const NotePad = lazy(() => loadNotes().then((module) => ({ default: module.NotePad })));

function usePreload(): void {
  useEffect(() => {
    const preload = () => {
      void loadIntake();
      void loadNotes();
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
 * The counsellor's screen, laid out for 1366×768 and up: the phone always visible on the left,
 * the record of the call in the middle, notes and the shift on the right.
 */
export function WorkstationPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = t('workstation.title');
  }, [t]);
  const { transferLink, completeRecord } = useCallSession();
  usePreload();
  const reach = useSeatReadiness();
  const queryClient = useQueryClient();
  const record = useRecordStore((state) => state.open);
  const updateIntake = useRecordStore((state) => state.updateIntake);
  const updateNotes = useRecordStore((state) => state.updateNotes);
  const markEditing = useRecordStore((state) => state.markEditing);
  // Taking the stored version of a part starts the form and pad again from it.
  const replacedFromServer = useRecordStore((state) => state.replacedFromServer);
  const { data: lines } = useLines();
  const { liveCall, liveNumber, audioFlowing, busy, onThePhone } = useWorkstationCalls(record?.callId ?? null);
  const recordMountable = useRecordMountable(record?.id ?? null, audioFlowing);
  const regions = (lines?.centres ?? []).map((centre) => centre.areaCode);
  // The same elements from render to render: when the record appears the moment a caller is
  // answered, React skips these regions (each follows its own data) instead of re-rendering them.
  const softphone = useMemo(() => <Softphone reach={reach} callerContext={(call) => <CallerHistoryNotice call={call} />} />, [reach]);
  const transferBar = useMemo(() => <TransferBar />, []);
  const shiftPanel = useMemo(() => <ShiftPanel />, []);

  return (
    <AppLayout me={me} title={t('app.shortName')}>
      <TransferRecordProvider link={transferLink}>
      <div className="grid h-full min-h-0 grid-cols-[minmax(300px,340px)_minmax(0,1fr)_minmax(280px,340px)] gap-3">
        <Region title={t('workstation.regions.softphone')}>
          {softphone}
        </Region>
        <div className="flex min-h-0 flex-col gap-3">
          <Region title={t('workstation.regions.transfer')} className="max-h-[55%] shrink-0">
            <div className="flex flex-col gap-3">
              {transferBar}
              <OpenRescues record={record} onOpen={(id) => !busy && void openRecordById(queryClient, id, regions)} />
            </div>
          </Region>
          <Region title={t('workstation.regions.intake')} className="flex-1">
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
                onComplete={completeRecord}
                status={
                  <span className="flex items-center gap-2">
                    {!liveCall && record.status === 'draft' && <CallBackButton recordId={record.id} disabled={onThePhone} />}
                    <SaveStatusBadge />
                  </span>
                }
                emergencyActions={liveCall ? <EmergencyButtons size="md" /> : undefined}
              />
              </Suspense>
            ) : (
              <div className="flex flex-col gap-4">
                <EmptyState>{t('workstation.emptyIntake')}</EmptyState>
                <h3 className="text-sm font-semibold text-slate-700">{t('record.list.title')}</h3>
                <MyRecords canOpen={!busy} regions={regions} />
              </div>
            )}
          </Region>
        </div>
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
      </TransferRecordProvider>
    </AppLayout>
  );
}
