import { useCallback, useMemo } from 'react';
import { needsDebriefAfter, useCompleteRecord, useRecordSession, useRecordStore, type CompletionOutcome } from '../features/record';
import { useSeatSync, type SeatSyncInputs } from '../features/shift';
import { useTransferLogger, type TransferRecordLink } from '../features/transfer';
import { useIntakeCommands } from '../lib/intake-commands';
import { inWrapUp, useTelephony } from '../telephony';

/**
 * The counsellor's calls, composed: the record follows the phone, the seat follows the phone and
 * the record's risk, transfers are logged into the record. Each feature is given what it needs
 * here; none reads or writes another's store.
 */
export function useCallSession(): {
  transferLink: TransferRecordLink;
  completeRecord: () => Promise<CompletionOutcome>;
  finishWrapUp: (callId: string) => void;
} {
  const telephony = useTelephony();
  const intake = useRecordStore((state) => state.open?.intake ?? null);
  // Stable from render to render (as are the callbacks made of it), so the phone they are given
  // to is not re-rendered at every step of a call.
  const { mutateAsync: completeOpenRecord } = useCompleteRecord();

  const seatInputs = useMemo<SeatSyncInputs>(
    () => ({
      needsDebrief: (call) => needsDebriefAfter(call.sipCallId),
      openRecordCallId: () => useRecordStore.getState().open?.callId ?? null,
    }),
    [],
  );
  const transferLink = useMemo<TransferRecordLink>(
    () => ({
      intake,
      currentIntake: () => useIntakeCommands.getState().current() ?? useRecordStore.getState().open?.intake ?? null,
      logTransfers: (change) => useRecordStore.getState().updateTransfers(change),
      queueHandoff: (request) => useRecordStore.getState().queueHandoff(request),
    }),
    [intake],
  );

  useRecordSession();
  useSeatSync(seatInputs);
  useTransferLogger(transferLink);

  const completeRecord = useCallback(async (): Promise<CompletionOutcome> => {
    // Typed a moment ago and still waiting for the autosave pause: it belongs in the record.
    useIntakeCommands.getState().current();
    const outcome = await completeOpenRecord();
    if (outcome.completed && outcome.callId) {
      // The record is in: the call's wrap-up ends, and the seat takes the next caller (or a debrief).
      const call = telephony.store.getState().calls.find((candidate) => candidate.sipCallId === outcome.callId && inWrapUp(candidate));
      if (call) telephony.finishWrapUp(call.id);
    }
    return outcome;
  }, [telephony, completeOpenRecord]);
  const finishWrapUp = useCallback((callId: string) => telephony.finishWrapUp(callId), [telephony]);

  return { transferLink, completeRecord, finishWrapUp };
}
