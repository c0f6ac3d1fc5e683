import { createContext, useContext, type ReactNode } from 'react';
import type { CreateHandoffRequest, Intake, TransferLog } from '../../contract';

/**
 * What the transfer feature needs of the call record, given to it by the app: it writes its
 * log and hand-off packets through these, never into another feature's store.
 */
export interface TransferRecordLink {
  /** The record's intake as last saved (for the hand-off card), or null with no record open. */
  intake: Intake | null;
  /** The intake this instant, unsaved keystrokes included (for the packet that goes with a call). */
  currentIntake(): Intake | null;
  logTransfers(change: (log: TransferLog) => TransferLog): void;
  queueHandoff(request: CreateHandoffRequest): void;
}

const RecordLinkContext = createContext<TransferRecordLink | null>(null);

export function TransferRecordProvider({ link, children }: { link: TransferRecordLink; children: ReactNode }) {
  return <RecordLinkContext.Provider value={link}>{children}</RecordLinkContext.Provider>;
}

/** With no record link (a screen without records), transfers are still made, just not logged. */
const unlinked: TransferRecordLink = {
  intake: null,
  currentIntake: () => null,
  logTransfers: () => undefined,
  queueHandoff: () => undefined,
};

export function useTransferRecord(): TransferRecordLink {
  return useContext(RecordLinkContext) ?? unlinked;
}
