import type { TransferLogEntry } from '../../contract';
import type { EndReason } from '../../telephony';

export type TransferOutcome = TransferLogEntry['outcome'];

/** Why a target could not be reached, as the log records it. */
export function unreachedOutcome(reason: EndReason | null): TransferOutcome {
  switch (reason) {
    case 'busy':
    case 'unavailable':
    case 'no-answer':
    case 'not-found':
      return reason;
    case 'local-hangup':
      return 'cancelled';
    default:
      return 'failed';
  }
}

/**
 * How a consultation or conference call ended, from the call's end reason and whether the
 * target ever answered. The counsellor leaving a conference is an attended transfer too.
 */
export function consultationOutcome(reason: EndReason | null, connected: boolean, conference: boolean): TransferOutcome {
  if (reason === 'transferred' || reason === 'replaced') return conference ? 'left' : 'completed';
  if (!connected) return unreachedOutcome(reason);
  if (reason === 'local-hangup') return conference ? 'dropped' : 'cancelled';
  return 'dropped';
}
