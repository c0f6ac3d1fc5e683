import { create } from 'zustand';
import type { TransferLogEntry } from '../../contract';

interface Tracked {
  entryId: string;
  kind: TransferLogEntry['kind'];
  /** The consulted party was in a three-way conference (leaving it is a transfer too). */
  conference: boolean;
}

/** Which call each transfer-log entry follows: the consulted party's call, or the caller's for a blind transfer. */
interface TransferTracker {
  byCall: Record<string, Tracked>;
  follow(callId: string, tracked: Omit<Tracked, 'conference'>): void;
  joinedConference(callId: string): void;
  forget(callId: string): void;
}

export const useTransferTracker = create<TransferTracker>()((set) => ({
  byCall: {},
  follow: (callId, tracked) => set((state) => ({ byCall: { ...state.byCall, [callId]: { ...tracked, conference: false } } })),
  joinedConference: (callId) =>
    set((state) => {
      const tracked = state.byCall[callId];
      return tracked ? { byCall: { ...state.byCall, [callId]: { ...tracked, conference: true } } } : state;
    }),
  forget: (callId) =>
    set((state) => {
      const { [callId]: _gone, ...rest } = state.byCall;
      return { byCall: rest };
    }),
}));
