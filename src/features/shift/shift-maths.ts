import { callTalkMs, isCrisisCall, type SeatState, type ShiftDefinition, type ShiftSession } from '../../contract';

/**
 * Beijing keeps UTC+8 all year (no daylight saving since 1991), so shift boundaries are plain
 * arithmetic on instants: the browser's own time zone never enters into it.
 */
const BEIJING_OFFSET_MS = 8 * 3600_000;
const DAY_MS = 24 * 3600_000;
const MINUTE_MS = 60_000;

function minutes(clock: string): number {
  const [hours, mins] = clock.split(':').map(Number);
  return (hours ?? 0) * 60 + (mins ?? 0);
}

export interface ShiftWindow {
  shift: ShiftDefinition;
  /** Epoch ms of the shift's start and end around `at`. */
  start: number;
  end: number;
}

/** The shift a moment falls in, with its start and end; shifts may run past midnight. */
export function shiftAt(at: number, shifts: readonly ShiftDefinition[]): ShiftWindow | null {
  const local = at + BEIJING_OFFSET_MS;
  const msOfDay = ((local % DAY_MS) + DAY_MS) % DAY_MS;
  const midnight = local - msOfDay - BEIJING_OFFSET_MS;
  const minuteOfDay = Math.floor(msOfDay / MINUTE_MS);
  for (const shift of shifts) {
    const start = minutes(shift.start);
    const end = minutes(shift.end);
    if (start < end) {
      if (minuteOfDay >= start && minuteOfDay < end) return { shift, start: midnight + start * MINUTE_MS, end: midnight + end * MINUTE_MS };
    } else if (minuteOfDay >= start) {
      return { shift, start: midnight + start * MINUTE_MS, end: midnight + DAY_MS + end * MINUTE_MS };
    } else if (minuteOfDay < end) {
      return { shift, start: midnight - DAY_MS + start * MINUTE_MS, end: midnight + end * MINUTE_MS };
    }
  }
  return null;
}

export interface WrapUpCountdown {
  remainingMs: number;
  expired: boolean;
  canExtend: boolean;
}

/** How long a seat's wrap-up still runs, by the time the API set for it. */
export function wrapUpCountdown(seat: SeatState, now: number): WrapUpCountdown | null {
  if (seat.status !== 'wrap-up' || !seat.wrapUpEndsAt) return null;
  const remainingMs = Math.max(0, Date.parse(seat.wrapUpEndsAt) - now);
  return { remainingMs, expired: remainingMs === 0, canExtend: !seat.wrapUpExtended };
}

/** How long is left of a debrief break (null for any other status). */
export function debriefRemainingMs(seat: SeatState, debriefBreakSec: number, now: number): number | null {
  if (seat.status !== 'break' || seat.breakKind !== 'debrief') return null;
  return Math.max(0, Date.parse(seat.since) + debriefBreakSec * 1000 - now);
}

export interface ShiftCounters {
  callsTaken: number;
  talkMs: number;
  crisisCalls: number;
}

export function shiftCounters(session: ShiftSession, now: number): ShiftCounters {
  return {
    callsTaken: session.calls.length,
    talkMs: session.calls.reduce((total, call) => total + callTalkMs(call, now), 0),
    crisisCalls: session.calls.filter(isCrisisCall).length,
  };
}
