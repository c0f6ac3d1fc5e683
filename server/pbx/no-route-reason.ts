import type { PbxNoRouteReason } from '../../src/contract';

/** A counsellor of the dialled line whose softphone is signed in, as the router saw their seat. */
export interface SeatOnLine {
  status: 'available' | 'on-call' | 'wrap-up' | 'break' | 'offline';
  /** Already offered this call (rang and did not answer, declined, or could not be reached). */
  tried: boolean;
}

/**
 * Why nobody can be offered a call, when the router found nobody. A counsellor who was rung
 * and is still available did not answer, which tells a caller (or a trainer) most; then anyone
 * on a call or in wrap-up makes the line busy; without either, nobody is on duty for calls
 * (nobody clocked in, or everyone on a break). An available seat passed over because its row was
 * changing at that very moment counts as busy: it is about to be on a call or leave; so does one
 * held by its counsellor's unfinished high-risk record (routing.ts): they are at work on it.
 */
export function noRouteReason(seats: readonly SeatOnLine[]): Exclude<PbxNoRouteReason, 'unknown-line'> {
  if (seats.some((seat) => seat.status === 'available' && seat.tried)) return 'no-answer';
  if (seats.some((seat) => seat.status === 'on-call' || seat.status === 'wrap-up' || seat.status === 'available')) return 'all-busy';
  return 'nobody-on-duty';
}
