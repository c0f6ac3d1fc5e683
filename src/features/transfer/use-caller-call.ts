import { useTelephonyState, type CallSnapshot } from '../../telephony';

/** The hotline caller's call on this seat, and the consultation or conference call beside it. */
export function useCallerCall(): { caller: CallSnapshot | undefined; consulted: CallSnapshot | undefined } {
  const calls = useTelephonyState((state) => state.calls);
  const caller = calls.find(
    (call) => call.direction === 'inbound' && call.line !== null && ['active', 'held', 'transferring'].includes(call.phase),
  );
  const consulted = caller?.linkedCallId ? calls.find((call) => call.id === caller.linkedCallId) : undefined;
  return { caller, consulted };
}
