import { create } from 'zustand';
import type { TransferLogEntry } from '../../contract';

interface Tracked {
  entryId: string;
  kind: TransferLogEntry['kind'];
}

/** Which call each transfer-log entry follows: the consulted party's call, or the caller's for a blind transfer. */
interface TransferTracker {
  byCall: Record<string, Tracked>;
  follow(callId: string, tracked: Tracked): void;
  forget(callId: string): void;
}

export const useTransferTracker = create<TransferTracker>()((set) => ({
  byCall: {},
  follow: (callId, tracked) => set((state) => ({ byCall: { ...state.byCall, [callId]: tracked } })),
  forget: (callId) =>
    set((state) => {
      const { [callId]: _gone, ...rest } = state.byCall;
      return { byCall: rest };
    }),
}));
