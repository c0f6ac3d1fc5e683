import { describe, expect, it } from 'vitest';
import { emptyIntake, type Intake } from '../../contract';
import { intakeDifferences } from './conflict-diff';

const base = emptyIntake('0591');
const withImminent = (location: string, means = ''): Intake => ({ ...base, imminent: { ...base.imminent, location, means } });

describe('intakeDifferences', () => {
  it.each([
    ['the same intake', base, base, []],
    ['one text differs', withImminent('桥上'), withImminent('家里'), [{ section: 'imminent', mine: ['桥上'], stored: ['家里'] }]],
    [
      'two answers of one section, one side empty',
      withImminent('桥上', '药物'),
      withImminent('家里'),
      [{ section: 'imminent', mine: ['桥上', '药物'], stored: ['家里', ''] }],
    ],
    [
      'parts of one form section are grouped',
      { ...base, riskOverride: { level: 'high', reason: '反复提到' } },
      { ...base, screener: { ...base.screener, wishedDead: 'yes' } },
      [{ section: 'risk', mine: ['not-asked', 'high', '反复提到'], stored: ['yes', '', ''] }],
    ],
    ['a summary', { ...base, summary: 'A' }, { ...base, summary: 'B' }, [{ section: 'summary', mine: ['A'], stored: ['B'] }]],
  ] as const)('%s', (_name, mine, stored, expected) => {
    expect(intakeDifferences(mine as Intake, stored as Intake)).toEqual(expected);
  });
});
