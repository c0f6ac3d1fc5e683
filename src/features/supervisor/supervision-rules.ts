import { ApiError } from '../../api';
import type { BoardSeat } from '../../contract';
import { liveCall } from './board-order';

/** Why a supervisor could not join a call, each with its own message. */
export type SupervisionRefusal = 'forbidden' | 'not-live' | 'taken' | 'call-failed' | 'phone-offline' | 'unreachable' | 'failed';

/** What a failed start means to the supervisor: the API's refusal, or the phone that could not dial. */
export function refusalOf(error: unknown): SupervisionRefusal {
  if (error instanceof ApiError) {
    if (error.status === 403) return 'forbidden';
    // No live call of this centre by that id: it ended between the board and the click (the API
    // answers another centre's call the same way, so nothing of it leaks).
    if (error.status === 404) return 'not-live';
    // Another supervisor is on it already.
    if (error.status === 409) return 'taken';
    return error.transient ? 'unreachable' : 'failed';
  }
  // SipTelephony.place throws this when the phone has no connection to dial on.
  if (error instanceof Error && error.message === 'phone-offline') return 'phone-offline';
  return 'failed';
}

/** The call being supervised, as the board names it. */
export interface WatchedCall {
  staffId: string;
  callId: string;
}

/**
 * What the board says of the supervised call: `gone` once the seat is no longer on it (ended,
 * transferred away), else whether it shows this supervisor on it. The live `supervision` event
 * clears `supervisedBy` when the API ends the supervision, so a call that showed them and no
 * longer does is no longer theirs to listen to.
 */
export function boardViewOf(
  seats: readonly BoardSeat[] | null,
  watched: WatchedCall,
  supervisorName: string,
): 'unknown' | 'gone' | 'supervised' | 'unsupervised' {
  if (!seats) return 'unknown';
  const seat = seats.find((candidate) => candidate.staffId === watched.staffId);
  const call = seat ? liveCall(seat) : null;
  if (call?.callId !== watched.callId) return 'gone';
  return call.supervisedBy?.name === supervisorName ? 'supervised' : 'unsupervised';
}
