import type { SeatBreak, SeatState, ShiftCall, ShiftDefinition, ShiftSession } from '../../contract';

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

const crisis = (call: ShiftCall) => call.riskLevel === 'high' || call.riskLevel === 'imminent';

function talkMs(call: ShiftCall, now: number): number {
  const end = call.endedAt ? Date.parse(call.endedAt) : now;
  return Math.max(0, end - Date.parse(call.answeredAt));
}

export interface ShiftCounters {
  callsTaken: number;
  talkMs: number;
  crisisCalls: number;
}

/**
 * The shift's calls with the one in progress counted from its first second: the seat went on-call
 * when the caller was answered, before the call's record reached the API.
 */
export function withCallInProgress(session: ShiftSession, seat: SeatState): ShiftSession {
  const recorded = session.calls.some((call) => call.endedAt === null);
  if (seat.status !== 'on-call' || recorded) return session;
  return { ...session, calls: [...session.calls, { answeredAt: seat.since, endedAt: null, riskLevel: 'none' }] };
}

export function shiftCounters(session: ShiftSession, now: number): ShiftCounters {
  return {
    callsTaken: session.calls.length,
    talkMs: session.calls.reduce((total, call) => total + talkMs(call, now), 0),
    crisisCalls: session.calls.filter(crisis).length,
  };
}

export interface FatigueThresholds {
  continuousTalkWarnSec: number;
  breakResetsAfterSec: number;
  crisisCallsInRowWarn: number;
}

export interface Fatigue {
  /** Talk since the last break long enough to rest (or since clock-in). */
  continuousTalkMs: number;
  /** High or imminent risk calls since the last call that was neither. */
  crisisInRow: number;
  warnings: Array<'long-talk' | 'crisis-streak'>;
}

function restingBreakEnd(breaks: readonly SeatBreak[], minimumMs: number, now: number): number {
  let last = 0;
  for (const pause of breaks) {
    const end = pause.endedAt ? Date.parse(pause.endedAt) : now;
    if (end - Date.parse(pause.startedAt) >= minimumMs) last = Math.max(last, end);
  }
  return last;
}

/**
 * The fatigue rules (design.md §3 item 5): too long on the phone without a real break, or
 * several crisis calls in a row. Both warn; neither takes the counsellor off the phone.
 */
export function fatigue(session: ShiftSession, thresholds: FatigueThresholds, now: number): Fatigue {
  const rested = restingBreakEnd(session.breaks, thresholds.breakResetsAfterSec * 1000, now);
  const continuousTalkMs = session.calls
    .filter((call) => Date.parse(call.answeredAt) >= rested)
    .reduce((total, call) => total + talkMs(call, now), 0);
  const ordered = [...session.calls].sort((a, b) => a.answeredAt.localeCompare(b.answeredAt));
  let crisisInRow = 0;
  for (let index = ordered.length - 1; index >= 0 && crisis(ordered[index] as ShiftCall); index--) crisisInRow++;
  const warnings: Fatigue['warnings'] = [];
  if (continuousTalkMs >= thresholds.continuousTalkWarnSec * 1000) warnings.push('long-talk');
  if (crisisInRow >= thresholds.crisisCallsInRowWarn) warnings.push('crisis-streak');
  return { continuousTalkMs, crisisInRow, warnings };
}
