import { riskRank, type BoardSeat, type LiveCall, type SeatStatus } from '../../contract';

/** Where a seat that is not on a call stands: who can take the next caller first. */
const idleOrder: Record<SeatStatus, number> = { available: 0, 'wrap-up': 1, 'on-call': 2, break: 3, offline: 4 };

/**
 * The call a seat is on now: only while its status is on-call. A seat in wrap-up may still carry
 * the call it has just ended; that call is over and must not outrank the live ones.
 */
export function liveCall(seat: BoardSeat): LiveCall | null {
  return seat.seat.status === 'on-call' ? seat.call : null;
}

function compareSeats(a: BoardSeat, b: BoardSeat): number {
  const callA = liveCall(a);
  const callB = liveCall(b);
  if (callA && callB) {
    const byRisk = riskRank(callB.riskLevel) - riskRank(callA.riskLevel);
    if (byRisk !== 0) return byRisk;
    // The longer call first: it started earlier.
    const byDuration = Date.parse(callA.answeredAt) - Date.parse(callB.answeredAt);
    if (byDuration !== 0) return byDuration;
  } else if (callA || callB) {
    return callA ? -1 : 1;
  } else {
    const byStatus = idleOrder[a.seat.status] - idleOrder[b.seat.status];
    if (byStatus !== 0) return byStatus;
  }
  return a.extension.localeCompare(b.extension) || a.staffId.localeCompare(b.staffId);
}

/**
 * The seat board's order: live calls first, the most dangerous first (imminent, high, …) and,
 * at the same risk, the longest; then the seats not on a call, those who can take the next
 * caller first. Ties fall back to the extension so rows do not jump between updates.
 */
export function boardOrder(seats: readonly BoardSeat[]): BoardSeat[] {
  return [...seats].sort(compareSeats);
}
