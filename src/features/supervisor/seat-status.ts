import type { BoardSeat } from '../../contract';

/** What the status cell of a seat says, as an i18n key and a time to show with it. */
export type SeatStatusText =
  | { kind: 'not-clocked-in' }
  | { kind: 'wrap-up-left' | 'wrap-up-over' | 'debrief-left' | 'in-status'; ms: number };

/**
 * Wrap-up counts down to the time the API set for it (and up once past it); a debrief break
 * counts down the centre's debrief time; any other status counts up from when it began.
 */
export function seatStatusText(seat: BoardSeat, now: number, debriefBreakSec: number | null): SeatStatusText {
  const { status, since, wrapUpEndsAt, breakKind } = seat.seat;
  if (!seat.clockedIn || status === 'offline') return { kind: 'not-clocked-in' };
  if (status === 'wrap-up' && wrapUpEndsAt) {
    const left = Date.parse(wrapUpEndsAt) - now;
    return left > 0 ? { kind: 'wrap-up-left', ms: left } : { kind: 'wrap-up-over', ms: -left };
  }
  if (status === 'break' && breakKind === 'debrief' && debriefBreakSec !== null) {
    return { kind: 'debrief-left', ms: Math.max(0, Date.parse(since) + debriefBreakSec * 1000 - now) };
  }
  return { kind: 'in-status', ms: Math.max(0, now - Date.parse(since)) };
}
