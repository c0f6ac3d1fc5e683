import { useEffect } from 'react';
import type { TransferLogEntry } from '../../contract';
import { useTelephony, type CallSnapshot } from '../../telephony';
import { useRecordStore } from '../record';
import { consultationOutcome, unreachedOutcome } from './transfer-log';
import { useTransferTracker } from './transfer-tracker';

function update(entryId: string, patch: Partial<TransferLogEntry>): void {
  useRecordStore.getState().updateTransfers((log) => log.map((entry) => (entry.id === entryId ? { ...entry, ...patch } : entry)));
}

const iso = (at: number | null) => (at === null ? null : new Date(at).toISOString());

/** Follows the calls of every transfer in progress and writes how each went into the record. */
export function useTransferLogger(): void {
  const telephony = useTelephony();
  useEffect(
    () =>
      telephony.store.subscribe((state, previous) => {
        const { byCall, forget } = useTransferTracker.getState();
        for (const [callId, tracked] of Object.entries(byCall)) {
          const call = state.calls.find((candidate) => candidate.id === callId);
          const before: CallSnapshot | undefined = previous.calls.find((candidate) => candidate.id === callId);
          if (!call) {
            forget(callId);
            continue;
          }
          if (tracked.kind === 'blind') {
            if (call.transferFailure && !before?.transferFailure) {
              update(tracked.entryId, { outcome: unreachedOutcome(call.transferFailure), endedAt: new Date().toISOString() });
              forget(callId);
            } else if (call.endedAt !== null && before?.endedAt === null) {
              const completed = call.endReason === 'transferred';
              update(tracked.entryId, { outcome: completed ? 'completed' : 'failed', connectedAt: completed ? iso(call.endedAt) : null, endedAt: iso(call.endedAt) });
              forget(callId);
            }
            continue;
          }
          if (call.answeredAt !== null && before?.answeredAt === null) {
            update(tracked.entryId, { outcome: 'connected', connectedAt: iso(call.answeredAt) });
          }
          if (call.endedAt !== null && before?.endedAt === null) {
            update(tracked.entryId, {
              outcome: consultationOutcome(call.endReason, call.answeredAt !== null, before?.conference ?? false),
              endedAt: iso(call.endedAt),
            });
            forget(callId);
          }
        }
      }),
    [telephony],
  );
}
