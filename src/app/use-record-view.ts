import { startTransition, useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { inWrapUp, onAPhoneCall, seatBusy, useTelephonyState } from '../telephony';

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
 * What the workstation shows of the calls, as plain values: picking the whole call list would
 * re-render every region (records list, shift, transfer bar) at each step of a call, answering
 * included, on the main thread the call's set-up needs.
 */
export function useWorkstationCalls(recordCallId: string | null) {
  return useTelephonyState(
    useShallow((state) => {
      const live = recordCallId ? state.calls.find((call) => call.sipCallId === recordCallId && call.endedAt === null) : undefined;
      return {
        liveCall: live !== undefined,
        liveNumber: live?.remoteNumber || null,
        // The record's call is being written up: the phone's wrap-up choice finishes it.
        inWrapUp: recordCallId !== null && state.calls.some((call) => call.sipCallId === recordCallId && inWrapUp(call)),
        audioFlowing: live?.audioFlowing ?? true,
        busy: seatBusy(state.calls),
        onThePhone: onAPhoneCall(state.calls),
      };
    }),
  );
}

/**
 * Whether the record `recordId` may mount its form and note pad now. Their first render takes
 * about 60 ms of main thread; done the moment a caller is answered it lands on the call's set-up
 * and holds back the first audio (bench/call-setup). So for a call just answered they mount once
 * its audio flows, in the next idle moment, as a transition (rendered in 5 ms slices, so the
 * page still answers a click or a media event meanwhile); a record without a live call at once.
 */
export function useRecordMountable(recordId: string | null, audioFlowing: boolean): boolean {
  const [mountable, setMountable] = useState<string | null>(null);
  useEffect(() => {
    if (!recordId || !audioFlowing || mountable === recordId) return;
    return whenIdle(() => startTransition(() => setMountable(recordId)), 300);
  }, [recordId, audioFlowing, mountable]);
  return recordId !== null && mountable === recordId;
}
