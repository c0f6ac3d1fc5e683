import { create } from 'zustand';
import type { Telephony } from '../../telephony';

/**
 * The call the counsellor has just chosen to answer. The phone reports the answer only once its
 * 200 OK is out (a few dozen ms later, see SipCallControl.answer); until then the screen shows
 * the click by itself (the ring stops, the buttons wait), re-rendering only what shows it.
 */
export const useAnswering = create<{ callId: string | null }>()(() => ({ callId: null }));

export function answerCall(telephony: Telephony, callId: string): void {
  if (useAnswering.getState().callId === callId) return;
  useAnswering.setState({ callId });
  void telephony.answer(callId);
}
