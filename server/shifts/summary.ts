import { riskRank, type ShiftSummary } from '../../src/contract';
import type { ShiftActivity } from './activity';

const seconds = (from: Date, to: Date) => Math.max(0, (to.getTime() - from.getTime()) / 1000);

/** The figures a counsellor sees at clock-out; a call or break still open counts up to clock-out. */
export function shiftSummary(activity: ShiftActivity, clockedInAt: Date, clockedOutAt: Date): ShiftSummary {
  const talk = activity.calls.reduce((sum, call) => sum + seconds(call.answeredAt, call.endedAt ?? clockedOutAt), 0);
  const rest = activity.breaks.reduce((sum, pause) => sum + seconds(pause.startedAt, pause.endedAt ?? clockedOutAt), 0);
  return {
    clockedInAt: clockedInAt.toISOString(),
    clockedOutAt: clockedOutAt.toISOString(),
    callsTaken: activity.calls.length,
    talkSec: Math.round(talk),
    crisisCalls: activity.calls.filter((call) => riskRank(call.riskLevel) >= riskRank('high')).length,
    breakSec: Math.round(rest),
  };
}
