import type { TransferLogEntry } from '../../contract';
import { useTelephonyEvent } from '../../telephony';
import type { TransferRecordLink } from './record-link';
import { consultationOutcome, unreachedOutcome } from './transfer-log';
import { useTransferTracker } from './transfer-tracker';

const iso = (at: number | null) => (at === null ? null : new Date(at).toISOString());

/** Follows the calls of every transfer in progress and writes how each went into the record. */
export function useTransferLogger(record: Pick<TransferRecordLink, 'logTransfers'>): void {
  const update = (entryId: string, patch: Partial<TransferLogEntry>) =>
    record.logTransfers((log) => log.map((entry) => (entry.id === entryId ? { ...entry, ...patch } : entry)));
  const tracked = (callId: string) => useTransferTracker.getState().byCall[callId];
  const forget = (callId: string) => useTransferTracker.getState().forget(callId);

  useTelephonyEvent('transfer-failed', ({ call, reason }) => {
    const entry = tracked(call.id);
    if (entry?.kind !== 'blind') return;
    update(entry.entryId, { outcome: unreachedOutcome(reason), endedAt: new Date().toISOString() });
    forget(call.id);
  });

  useTelephonyEvent('call-answered', ({ call }) => {
    const entry = tracked(call.id);
    if (entry && entry.kind !== 'blind') update(entry.entryId, { outcome: 'connected', connectedAt: iso(call.answeredAt) });
  });

  useTelephonyEvent('conference-started', ({ call }) => useTransferTracker.getState().joinedConference(call.id));

  useTelephonyEvent('call-ended', ({ call, reason }) => {
    const entry = tracked(call.id);
    if (!entry) return;
    if (entry.kind === 'blind') {
      const completed = reason === 'transferred';
      update(entry.entryId, { outcome: completed ? 'completed' : 'failed', connectedAt: completed ? iso(call.endedAt) : null, endedAt: iso(call.endedAt) });
    } else {
      update(entry.entryId, { outcome: consultationOutcome(reason, call.answeredAt !== null, entry.conference), endedAt: iso(call.endedAt) });
    }
    forget(call.id);
  });
}
