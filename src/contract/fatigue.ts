import type { SeatBreak, SeatState, ShiftCall, ShiftSession } from './shift';

/**
 * The fatigue rules (design.md §3 item 5), shared by the counsellor's shift clock and the API that
 * fills the supervisor's seat board, so both warn about the same counsellor at the same moment.
 */

export const isCrisisCall = (call: ShiftCall) => call.riskLevel === 'high' || call.riskLevel === 'imminent';

/** A call's talk time; one still going counts up to `now`. */
export function callTalkMs(call: ShiftCall, now: number): number {
  const end = call.endedAt ? Date.parse(call.endedAt) : now;
  return Math.max(0, end - Date.parse(call.answeredAt));
}

/**
 * The shift's calls with the one in progress counted from its first second: the seat went on-call
 * when the caller was answered, before the call's record reached the API.
 */
export function withCallInProgress<S extends Pick<ShiftSession, 'calls'>>(session: S, seat: SeatState): S {
  const recorded = session.calls.some((call) => call.endedAt === null);
  if (seat.status !== 'on-call' || recorded) return session;
  return { ...session, calls: [...session.calls, { answeredAt: seat.since, endedAt: null, riskLevel: 'none' }] };
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

/** Too long on the phone without a real break, or several crisis calls in a row: both warn, neither takes the counsellor off the phone. */
export function fatigue(session: Pick<ShiftSession, 'calls' | 'breaks'>, thresholds: FatigueThresholds, now: number): Fatigue {
  const rested = restingBreakEnd(session.breaks, thresholds.breakResetsAfterSec * 1000, now);
  const continuousTalkMs = session.calls
    .filter((call) => Date.parse(call.answeredAt) >= rested)
    .reduce((total, call) => total + callTalkMs(call, now), 0);
  const ordered = [...session.calls].sort((a, b) => a.answeredAt.localeCompare(b.answeredAt));
  let crisisInRow = 0;
  for (let index = ordered.length - 1; index >= 0 && isCrisisCall(ordered[index] as ShiftCall); index--) crisisInRow++;
  const warnings: Fatigue['warnings'] = [];
  if (continuousTalkMs >= thresholds.continuousTalkWarnSec * 1000) warnings.push('long-talk');
  if (crisisInRow >= thresholds.crisisCallsInRowWarn) warnings.push('crisis-streak');
  return { continuousTalkMs, crisisInRow, warnings };
}
