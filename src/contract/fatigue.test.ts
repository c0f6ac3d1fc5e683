import { describe, expect, it } from 'vitest';
import { fatigue } from './fatigue';
import type { ShiftCall, ShiftSession } from './shift';

const call = (answered: string, minutes: number | null, risk: ShiftCall['riskLevel'] = 'low'): ShiftCall => ({
  answeredAt: `2026-11-22T${answered}:00.000Z`,
  endedAt: minutes === null ? null : new Date(Date.parse(`2026-11-22T${answered}:00.000Z`) + minutes * 60_000).toISOString(),
  riskLevel: risk,
});
const session = (calls: ShiftCall[], breaks: ShiftSession['breaks'] = []): ShiftSession => ({
  id: '7d3c2e1a-1111-4a4a-8b8b-123456789abc',
  clockedInAt: '2026-11-22T00:00:00.000Z',
  clockedOutAt: null,
  calls,
  breaks,
});
const thresholds = { continuousTalkWarnSec: 7200, breakResetsAfterSec: 900, crisisCallsInRowWarn: 3 };
const at = (clock: string) => Date.parse(`2026-11-22T${clock}:00.000Z`);

describe('fatigue', () => {
  it.each<[string, ShiftSession, number, Partial<ReturnType<typeof fatigue>>]>([
    ['a quiet start', session([]), at('01:00'), { continuousTalkMs: 0, crisisInRow: 0, warnings: [] }],
    ['two hours of talk without a break', session([call('00:10', 60), call('01:15', 60)]), at('02:30'), { continuousTalkMs: 120 * 60_000, warnings: ['long-talk'] }],
    [
      'a 20-minute break resets the talk clock',
      session([call('00:10', 60), call('01:40', 60)], [{ startedAt: '2026-11-22T01:15:00.000Z', endedAt: '2026-11-22T01:35:00.000Z' }]),
      at('02:45'),
      { continuousTalkMs: 60 * 60_000, warnings: [] },
    ],
    [
      'a 5-minute pause does not',
      session([call('00:10', 60), call('01:20', 60)], [{ startedAt: '2026-11-22T01:12:00.000Z', endedAt: '2026-11-22T01:17:00.000Z' }]),
      at('02:30'),
      { continuousTalkMs: 120 * 60_000, warnings: ['long-talk'] },
    ],
    [
      'three crisis calls in a row',
      session([call('00:10', 10), call('00:30', 10, 'high'), call('00:50', 10, 'imminent'), call('01:10', 10, 'high')]),
      at('01:30'),
      { crisisInRow: 3, warnings: ['crisis-streak'] },
    ],
    [
      'a calm call breaks the streak',
      session([call('00:30', 10, 'high'), call('00:50', 10, 'imminent'), call('01:10', 10, 'moderate')]),
      at('01:30'),
      { crisisInRow: 0, warnings: [] },
    ],
    [
      'both at once',
      session([call('00:00', 40, 'high'), call('00:45', 40, 'high'), call('01:30', 40, 'high')]),
      at('02:20'),
      { crisisInRow: 3, warnings: ['long-talk', 'crisis-streak'] },
    ],
  ])('%s', (_story, shift, now, expected) => {
    expect(fatigue(shift, thresholds, now)).toMatchObject(expected);
  });
});
