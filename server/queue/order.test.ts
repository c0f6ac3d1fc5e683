import { describe, expect, it } from 'vitest';
import { assignCalls, callerPriority, compareWaiting, mayTake, placeInLine, type CallerFacts, type WaitingCall } from './order';

const both = { recentRiskFirst: true, nuisanceLast: true };
const neither = { recentRiskFirst: false, nuisanceLast: false };

describe('callerPriority', () => {
  it.each<[CallerFacts, typeof both, string]>([
    [{ recentRisk: false, listing: 'none' }, both, 'normal'],
    [{ recentRisk: true, listing: 'none' }, both, 'recent-risk'],
    [{ recentRisk: true, listing: 'none' }, neither, 'normal'],
    [{ recentRisk: false, listing: 'listed' }, both, 'nuisance'],
    [{ recentRisk: false, listing: 'listed' }, neither, 'normal'],
    [{ recentRisk: true, listing: 'listed' }, both, 'recent-risk'],
    [{ recentRisk: true, listing: 'blocked' }, both, 'refused'],
    [{ recentRisk: false, listing: 'blocked' }, neither, 'refused'],
  ])('%o with %o → %s', (facts, settings, expected) => {
    expect(callerPriority(facts, settings)).toBe(expected);
  });
});

const call = (callId: string, priority: WaitingCall['priority'], queuedAt: number, areaCode: string | null = '0591', passedOver: string[] = []): WaitingCall => ({
  callId,
  areaCode,
  priority,
  queuedAt,
  passedOver,
});

describe('compareWaiting', () => {
  it('orders recent risk, normal, nuisance, then by arrival', () => {
    const calls = [call('n2', 'normal', 20), call('x1', 'nuisance', 1), call('n1', 'normal', 10), call('r3', 'recent-risk', 30)];
    expect([...calls].sort(compareWaiting).map((c) => c.callId)).toEqual(['r3', 'n1', 'n2', 'x1']);
  });
});

describe('mayTake', () => {
  const fuzhou = { overflowAfterSec: 60, overflowCentres: ['0592'] };
  it.each<[string | null, string, number, ReturnType<typeof mayTake>]>([
    ['0591', '0591', 0, 'own'],
    [null, '0592', 0, 'own'],
    ['0591', '0592', 59_000, null],
    ['0591', '0592', 60_000, 'overflow'],
    ['0591', '0593', 600_000, null],
  ])('call to %s, counsellor of %s, waited %d ms → %s', (area, centre, waited, expected) => {
    expect(mayTake(call('c', 'normal', 0, area), centre, fuzhou, waited)).toBe(expected);
  });
});

describe('assignCalls', () => {
  const settings = (area: string) => (area === '0591' ? { overflowAfterSec: 30, overflowCentres: ['0592'] } : { overflowAfterSec: 30, overflowCentres: [] });
  const free = (sipUsername: string, centre: string, lastOfferedAt: number | null = null) => ({ sipUsername, centre, lastOfferedAt });

  it('gives the best waiting call to the longest-idle counsellor', () => {
    const waiting = [call('late', 'normal', 20), call('early', 'normal', 10), call('risk', 'recent-risk', 30)];
    expect(assignCalls(waiting, [free('b', '0591', 5), free('a', '0591', 1)], settings, 40_000)).toEqual([
      { callId: 'risk', sipUsername: 'a', overflow: false },
      { callId: 'early', sipUsername: 'b', overflow: false },
    ]);
  });

  it('overflows only after the wait, only to a listed centre, and skips who let it ring out', () => {
    const waiting = [call('old', 'normal', 0), call('new', 'normal', 20_000), call('shy', 'normal', 1, '0591', ['c'])];
    expect(assignCalls(waiting, [free('c', '0592'), free('d', '0593')], settings, 31_000)).toEqual([
      { callId: 'old', sipUsername: 'c', overflow: true },
    ]);
    expect(assignCalls([call('shy', 'normal', 0, '0591', ['c'])], [free('c', '0591')], settings, 0)).toEqual([]);
  });

  it('lets any centre take plain 12356 calls', () => {
    expect(assignCalls([call('p', 'normal', 0, null)], [free('d', '0593')], settings, 0)).toEqual([{ callId: 'p', sipUsername: 'd', overflow: false }]);
  });
});

describe('placeInLine', () => {
  it('counts the calls of the same line ahead in queue order', () => {
    const waiting = [call('a', 'normal', 1), call('b', 'normal', 2), call('other', 'normal', 0, '0592'), call('r', 'recent-risk', 3)];
    expect(waiting.map((c) => placeInLine(c, waiting))).toEqual([2, 3, 1, 1]);
  });
});
