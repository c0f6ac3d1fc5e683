import { create } from 'zustand';
import type { Telephony } from '../../telephony';

/**
 * The ringing call whose decline the counsellor has started but not confirmed. Turning a caller
 * away on a crisis line must take two deliberate steps (click then confirm, or Alt+H twice), so a
 * slip of the mouse or the keyboard never sends a caller back to the queue.
 */
export const useDeclineArmed = create<{ callId: string | null }>()(() => ({ callId: null }));

export function armDecline(callId: string): void {
  useDeclineArmed.setState({ callId });
}

export function disarmDecline(): void {
  useDeclineArmed.setState({ callId: null });
}

/** The first request arms the decline, the second (for the same call) declines. */
export function declineOrArm(telephony: Telephony, callId: string): void {
  if (useDeclineArmed.getState().callId !== callId) {
    armDecline(callId);
    return;
  }
  disarmDecline();
  void telephony.decline(callId);
}
