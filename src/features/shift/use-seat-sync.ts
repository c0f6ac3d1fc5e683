import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef } from 'react';
import { changeSeat, seatQuery, useSeat } from '../../api';
import type { SeatChange } from '../../contract';
import { inWrapUp, movesSeatState, useTelephony, useTelephonyEvent, type CallSnapshot } from '../../telephony';

export interface SeatSyncInputs {
  /** After this call's wrap-up, offer a debrief break instead of the next caller (a high-risk call). */
  needsDebrief(call: CallSnapshot): boolean;
  /** The SIP Call-ID of the record still being written, if any (after a reload). */
  openRecordCallId(): string | null;
}

/**
 * Keeps the seat status the PBX routes by in step with the phone: answering makes the seat
 * on-call, hanging up starts wrap-up, finishing wrap-up makes it available again, or starts
 * a short debrief break after a high-risk call (the counsellor may decline it).
 */
export function useSeatSync(inputs: SeatSyncInputs): void {
  const telephony = useTelephony();
  const seat = useSeat();
  const queryClient = useQueryClient();
  const reconciled = useRef(false);
  // A plain request, not a mutation hook: a hook's pending state would re-render the whole
  // workstation at the moment a caller is answered, on the main thread the call's set-up needs.
  const mutate = useCallback(
    (change: SeatChange) => {
      void changeSeat(change).then(
        (view) => queryClient.setQueryData(seatQuery.queryKey, view),
        // Refused or unreachable: the seat panel shows the API's own view of the seat again.
        () => queryClient.invalidateQueries({ queryKey: seatQuery.queryKey }),
      );
    },
    [queryClient],
  );

  // A mock call leaves the seat as it was: the trainee is not on a real call, and it counts in no shift figure.
  useTelephonyEvent('call-answered', ({ call }) => {
    if (movesSeatState(call)) mutate({ change: 'on-call', callId: call.sipCallId });
  });
  useTelephonyEvent('call-ended', ({ call }) => {
    if (movesSeatState(call) && inWrapUp(call)) mutate({ change: 'wrap-up', callId: call.sipCallId });
  });
  useTelephonyEvent('wrap-up-finished', ({ call }) => {
    if (!movesSeatState(call)) return;
    mutate(inputs.needsDebrief(call) ? { change: 'break', kind: 'debrief' } : { change: 'available' });
  });

  // After a reload the page has no call, but the API may still think the seat is on one.
  useEffect(() => {
    if (reconciled.current || !seat.data) return;
    reconciled.current = true;
    const onAPhoneCall = telephony.store.getState().calls.some(movesSeatState);
    if (seat.data.seat.status === 'on-call' && !onAPhoneCall) {
      mutate({ change: 'wrap-up', callId: inputs.openRecordCallId() ?? 'ended-before-reload' });
    }
  }, [seat.data, telephony, mutate, inputs]);
}
