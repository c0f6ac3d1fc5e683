import type { TransferDirectoryEntry, TransferLogEntry } from '../../contract';
import { useIntakeCommands, type EmergencyService } from '../../lib/intake-commands';
import { useTelephony } from '../../telephony';
import { handoffRequest } from './handoff';
import { useTransferRecord } from './record-link';
import { useTransferTracker } from './transfer-tracker';

function isEmergencyService(number: string): number is EmergencyService {
  return number === '110' || number === '120' || number === '119';
}

/**
 * Every way of handing a caller on, each written into the call record's transfer log as it
 * starts; useTransferLogger follows the calls and completes the entries.
 */
export function useTransferActions() {
  const telephony = useTelephony();
  const record = useTransferRecord();

  const logStart = (kind: TransferLogEntry['kind'], target: TransferDirectoryEntry, handoffId: string | null): string => {
    const entry: TransferLogEntry = {
      id: crypto.randomUUID(),
      kind,
      targetNumber: target.number,
      targetName: target.nameZh,
      startedAt: new Date().toISOString(),
      connectedAt: null,
      endedAt: null,
      outcome: 'ringing',
      handoffId,
    };
    record.logTransfers((log) => [...log, entry]);
    return entry.id;
  };

  const call = async (
    callerCallId: string,
    target: TransferDirectoryEntry,
    kind: 'consult' | 'conference',
    handoff?: { id: string; token: string },
  ) => {
    const entryId = logStart(kind, target, handoff?.id ?? null);
    const consultId = await telephony.consult(callerCallId, target.number, {
      holdCaller: kind === 'consult',
      conferenceOnAnswer: kind === 'conference',
      ...(handoff ? { handoff } : {}),
    });
    useTransferTracker.getState().follow(consultId, { entryId, kind });
  };

  return {
    blind: async (callerCallId: string, target: TransferDirectoryEntry) => {
      const entryId = logStart('blind', target, null);
      useTransferTracker.getState().follow(callerCallId, { entryId, kind: 'blind' });
      await telephony.blindTransfer(callerCallId, target.number);
    },
    consult: (callerCallId: string, target: TransferDirectoryEntry) => call(callerCallId, target, 'consult'),
    conference: (callerCallId: string, target: TransferDirectoryEntry) => call(callerCallId, target, 'conference'),
    /**
     * The one-click emergency hand-off: 110 or 120 joins a conference (the counsellor never lets
     * go of the caller), the packet goes with the call, and the rescue is opened in the record.
     */
    emergency: async (callerCallId: string, target: TransferDirectoryEntry) => {
      const intake = record.currentIntake();
      const request = intake ? handoffRequest(intake, target.number) : null;
      if (request) record.queueHandoff(request);
      if (isEmergencyService(target.number)) useIntakeCommands.getState().recordHandoff(target.number);
      await call(callerCallId, target, 'conference', request ? { id: request.id, token: request.token } : undefined);
    },
    complete: (callerCallId: string) => telephony.completeTransfer(callerCallId),
    joinConference: (callerCallId: string) => telephony.joinConference(callerCallId),
    /** Ends the consultation; the caller comes back to the counsellor. */
    cancel: (consultCallId: string) => telephony.hangUp(consultCallId),
  };
}
