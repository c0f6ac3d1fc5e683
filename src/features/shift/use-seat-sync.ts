import { useEffect, useRef } from 'react';
import { useChangeSeat, useSeat } from '../../api';
import { intakeRiskLevel, needsSafetyAction } from '../../contract';
import { useTelephony, type CallSnapshot } from '../../telephony';
import { useRecordStore } from '../record';

const callerCall = (call: CallSnapshot) => call.direction === 'inbound' && call.line !== null;

/**
 * Keeps the seat status the PBX routes by in step with the phone: answering makes the seat
 * on-call, hanging up starts wrap-up, finishing wrap-up makes it available again, or starts
 * a short debrief break after a high-risk call (the counsellor may decline it).
 */
export function useSeatSync(): void {
  const telephony = useTelephony();
  const seat = useSeat();
  const { mutate } = useChangeSeat();
  const reconciled = useRef(false);

  useEffect(
    () =>
      telephony.store.subscribe((state, previous) => {
        for (const call of state.calls.filter(callerCall)) {
          const before = previous.calls.find((candidate) => candidate.id === call.id);
          if (call.answeredAt !== null && before?.answeredAt === null) mutate({ change: 'on-call', callId: call.sipCallId });
          if (call.phase === 'wrap-up' && before?.phase !== 'wrap-up') mutate({ change: 'wrap-up', callId: call.sipCallId });
        }
        const finished = previous.calls.filter(
          (call) => callerCall(call) && call.phase === 'wrap-up' && !state.calls.some((now) => now.id === call.id && now.phase === 'wrap-up'),
        );
        for (const call of finished) {
          const record = useRecordStore.getState().open;
          const crisis = record?.callId === call.sipCallId && needsSafetyAction(intakeRiskLevel(record.intake));
          mutate(crisis ? { change: 'break', kind: 'debrief' } : { change: 'available' });
        }
      }),
    [telephony, mutate],
  );

  // After a reload the page has no call, but the API may still think the seat is on one.
  useEffect(() => {
    if (reconciled.current || !seat.data) return;
    reconciled.current = true;
    const onAPhoneCall = telephony.store.getState().calls.some(callerCall);
    if (seat.data.seat.status === 'on-call' && !onAPhoneCall) {
      mutate({ change: 'wrap-up', callId: useRecordStore.getState().open?.callId ?? 'ended-before-reload' });
    }
  }, [seat.data, telephony, mutate]);
}
