import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { useShallow } from 'zustand/react/shallow';
import { useLines } from '../api';
import { notesToSummary, type Me } from '../contract';
import { EmptyState, Region } from '../components';
import {
  CallBackButton,
  CallerHistoryNotice,
  MyRecords,
  openRecordById,
  SaveStatusBadge,
  useCompleteRecord,
  useRecordSession,
  useRecordStore,
} from '../features/record';
import { Softphone } from '../features/softphone';
import { ShiftPanel, useSeatSync } from '../features/shift';
import { EmergencyButtons, OpenRescues, TransferBar, useTransferLogger } from '../features/transfer';
import { occupiesSeat, useTelephonyState } from '../telephony';
import { AppLayout } from './AppLayout';

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

/** Runs `run` when the page is next idle (at most `timeoutMs` later); answers a cancel. */
function whenIdle(run: () => void, timeoutMs: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(run, 0);
  return () => clearTimeout(timer);
}

/**
 * Whether the record `recordId` may mount its form and note pad now. Their first render takes
 * about 60 ms of main thread; done the moment a caller is answered it lands on the call's
 * set-up and holds back the first audio (bench/call-setup). So for a call just answered they
 * mount once its audio flows, in the next idle moment; a record without a live call at once.
 */
function useRecordMountable(recordId: string | null, audioFlowing: boolean): boolean {
  const [mountable, setMountable] = useState<string | null>(null);
  useEffect(() => {
    if (!recordId || !audioFlowing || mountable === recordId) return;
    return whenIdle(() => setMountable(recordId), 300);
  }, [recordId, audioFlowing, mountable]);
  return recordId !== null && mountable === recordId;
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
  useRecordSession();
  useTransferLogger();
  useSeatSync();
  usePreload();
  const queryClient = useQueryClient();
  const record = useRecordStore((state) => state.open);
  const updateIntake = useRecordStore((state) => state.updateIntake);
  const updateNotes = useRecordStore((state) => state.updateNotes);
  const markEditing = useRecordStore((state) => state.markEditing);
  const completion = useCompleteRecord();
  const { data: lines } = useLines();
  // Only what this page shows, as plain values: picking the whole call list re-rendered every
  // region (records list, shift, transfer bar) at each step of a call, answering included.
  const recordCallId = record?.callId;
  const { liveCall, liveNumber, audioFlowing, seatBusy, onAPhoneCall } = useTelephonyState(
    useShallow((state) => {
      const live = recordCallId ? state.calls.find((call) => call.sipCallId === recordCallId && call.endedAt === null) : undefined;
      return {
        liveCall: live !== undefined,
        liveNumber: live?.remoteNumber || null,
        audioFlowing: live?.audioFlowing ?? true,
        seatBusy: state.calls.some((call) => occupiesSeat(call.phase)),
        onAPhoneCall: state.calls.some((call) => ['ringing', 'connecting', 'active', 'held', 'transferring'].includes(call.phase)),
      };
    }),
  );
  const recordMountable = useRecordMountable(record?.id ?? null, audioFlowing);
  const regions = (lines?.centres ?? []).map((centre) => centre.areaCode);

  return (
    <AppLayout me={me} title={t('app.shortName')}>
      <div className="grid h-full min-h-0 grid-cols-[minmax(300px,340px)_minmax(0,1fr)_minmax(280px,340px)] gap-3">
        <Region title={t('workstation.regions.softphone')}>
          <Softphone callerContext={(call) => <CallerHistoryNotice call={call} />} />
        </Region>
        <div className="flex min-h-0 flex-col gap-3">
          <Region title={t('workstation.regions.transfer')} className="max-h-[55%] shrink-0">
            <div className="flex flex-col gap-3">
              <TransferBar />
              <OpenRescues onOpen={(id) => !seatBusy && void openRecordById(queryClient, id, regions)} />
            </div>
          </Region>
          <Region title={t('workstation.regions.intake')} className="flex-1">
            {record && !recordMountable ? (
              <EmptyState>{t('app.loading')}</EmptyState>
            ) : record ? (
              <Suspense fallback={<EmptyState>{t('app.loading')}</EmptyState>}>
              <IntakeForm
                key={record.id}
                initial={record.intake}
                editable={record.status === 'draft'}
                callerNumber={liveNumber}
                notesSummary={notesToSummary(record.notes)}
                onChange={updateIntake}
                onEditing={markEditing}
                onComplete={() => completion.mutateAsync()}
                status={
                  <span className="flex items-center gap-2">
                    {!liveCall && record.status === 'draft' && <CallBackButton recordId={record.id} disabled={onAPhoneCall} />}
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
                <MyRecords canOpen={!seatBusy} regions={regions} />
              </div>
            )}
          </Region>
        </div>
        <div className="flex min-h-0 flex-col gap-3">
          <Region title={t('workstation.regions.shift')} className="max-h-[50%] shrink-0">
            <ShiftPanel />
          </Region>
          <Region title={t('workstation.regions.notes')} className="flex-1">
            {record && !recordMountable ? (
              <EmptyState>{t('app.loading')}</EmptyState>
            ) : record ? (
              <Suspense fallback={<EmptyState>{t('app.loading')}</EmptyState>}>
              <NotePad
                key={record.id}
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
    </AppLayout>
  );
}
