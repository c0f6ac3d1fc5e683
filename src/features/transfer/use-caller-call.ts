import { useShallow } from 'zustand/react/shallow';
import { callerAndConsultation, useTelephonyState, type CallSnapshot } from '../../telephony';

/**
 * The hotline caller's call on this seat, and the consultation or conference call beside it.
 * Re-renders only when one of those two changes, not at every step of any other call.
 */
export function useCallerCall(): { caller: CallSnapshot | undefined; consulted: CallSnapshot | undefined } {
  return useTelephonyState(useShallow((state) => callerAndConsultation(state.calls)));
}
