import type { CentreSettings, QueuePriority } from '../../src/contract';

/** What the queue knows of a caller when the call arrives (from records and the nuisance list). */
export interface CallerFacts {
  /** A record of this number in the last 30 days was high or imminent risk. */
  recentRisk: boolean;
  /** A live listing on the nuisance list of the line's centre; blocked ones are refused. */
  listing: 'none' | 'listed' | 'blocked';
}

type OrderSettings = Pick<CentreSettings, 'recentRiskFirst' | 'nuisanceLast'>;

/**
 * Where a caller stands in line, or refused (a blocked number hears busy at once). Risk wins over
 * a nuisance listing: a listed caller in danger must not wait behind everyone.
 */
export function callerPriority(facts: CallerFacts, settings: OrderSettings): QueuePriority | 'refused' {
  if (facts.listing === 'blocked') return 'refused';
  if (facts.recentRisk && settings.recentRiskFirst) return 'recent-risk';
  if (facts.listing === 'listed' && settings.nuisanceLast) return 'nuisance';
  return 'normal';
}

const rank: Record<QueuePriority, number> = { 'recent-risk': 0, normal: 1, nuisance: 2 };

/** A call waiting in line, as the dispatcher reads it. Times in epoch milliseconds. */
export interface WaitingCall {
  callId: string;
  /** The line's centre; null for plain 12356, which any centre of the province may take. */
  areaCode: string | null;
  priority: QueuePriority;
  queuedAt: number;
  /** Counsellors this call was released to who did not answer it. */
  passedOver: readonly string[];
}

/** Priority first (recent risk, normal, nuisance), then first come first served. */
export function compareWaiting(a: Pick<WaitingCall, 'priority' | 'queuedAt' | 'callId'>, b: Pick<WaitingCall, 'priority' | 'queuedAt' | 'callId'>): number {
  return rank[a.priority] - rank[b.priority] || a.queuedAt - b.queuedAt || (a.callId < b.callId ? -1 : a.callId > b.callId ? 1 : 0);
}

type OverflowSettings = Pick<CentreSettings, 'overflowAfterSec' | 'overflowCentres'>;

/**
 * Whether a counsellor of `centre` may take a waiting call now: their own centre's line, plain
 * 12356, or another centre's line once it has waited past THAT centre's overflow time and that
 * centre lists `centre` among its overflow centres. Null: not theirs.
 */
export function mayTake(call: WaitingCall, centre: string, callCentre: OverflowSettings, now: number): 'own' | 'overflow' | null {
  if (call.areaCode === null || call.areaCode === centre) return 'own';
  const waitedSec = (now - call.queuedAt) / 1000;
  return waitedSec >= callCentre.overflowAfterSec && callCentre.overflowCentres.includes(centre) ? 'overflow' : null;
}

/** A counsellor free to take a call, as the dispatcher reads them. */
export interface FreeCounsellor {
  sipUsername: string;
  centre: string;
  /** When they were last offered a call (epoch ms), null if never: the longest idle is offered first. */
  lastOfferedAt: number | null;
}

export interface Assignment {
  callId: string;
  sipUsername: string;
  overflow: boolean;
}

/**
 * Pairs waiting calls with free counsellors: calls in queue order, each to the longest-idle free
 * counsellor who may take it and has not let it ring out before. A call nobody may take yet keeps
 * its place; the calls behind it may still be taken (another centre's counsellor is free).
 */
export function assignCalls(
  waiting: readonly WaitingCall[],
  free: readonly FreeCounsellor[],
  settingsOf: (areaCode: string) => OverflowSettings,
  now: number,
): Assignment[] {
  const idle = [...free].sort((a, b) => (a.lastOfferedAt ?? -Infinity) - (b.lastOfferedAt ?? -Infinity) || (a.sipUsername < b.sipUsername ? -1 : 1));
  const taken = new Set<string>();
  const assignments: Assignment[] = [];
  for (const call of [...waiting].sort(compareWaiting)) {
    const callCentre = call.areaCode === null ? null : settingsOf(call.areaCode);
    const pick = idle.find(
      (c) =>
        !taken.has(c.sipUsername) &&
        !call.passedOver.includes(c.sipUsername) &&
        (callCentre === null || mayTake(call, c.centre, callCentre, now) !== null),
    );
    if (!pick) continue;
    taken.add(pick.sipUsername);
    assignments.push({ callId: call.callId, sipUsername: pick.sipUsername, overflow: call.areaCode !== null && call.areaCode !== pick.centre });
  }
  return assignments;
}

/** The caller's place in line (1 = next), among the calls of the same line. */
export function placeInLine(call: WaitingCall, waiting: readonly WaitingCall[]): number {
  return 1 + waiting.filter((other) => other.callId !== call.callId && other.areaCode === call.areaCode && compareWaiting(other, call) < 0).length;
}
