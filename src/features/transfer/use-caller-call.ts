import { callerAndConsultation, useTelephonyState, type CallSnapshot } from '../../telephony';

/** The hotline caller's call on this seat, and the consultation or conference call beside it. */
export function useCallerCall(): { caller: CallSnapshot | undefined; consulted: CallSnapshot | undefined } {
  const calls = useTelephonyState((state) => state.calls);
  return callerAndConsultation(calls);
}
