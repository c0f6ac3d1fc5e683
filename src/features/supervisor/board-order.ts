import { riskRank, type BoardSeat, type SeatStatus } from '../../contract';

/** Where a seat that is not on a call stands: who can take the next caller first. */
const idleOrder: Record<SeatStatus, number> = { available: 0, 'wrap-up': 1, 'on-call': 2, break: 3, offline: 4 };

function compareSeats(a: BoardSeat, b: BoardSeat): number {
  if (a.call && b.call) {
    const byRisk = riskRank(b.call.riskLevel) - riskRank(a.call.riskLevel);
    if (byRisk !== 0) return byRisk;
    // The longer call first: it started earlier.
    const byDuration = Date.parse(a.call.answeredAt) - Date.parse(b.call.answeredAt);
    if (byDuration !== 0) return byDuration;
  } else if (a.call || b.call) {
    return a.call ? -1 : 1;
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
