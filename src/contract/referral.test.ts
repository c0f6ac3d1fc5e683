import { describe, expect, it } from 'vitest';
import { emptyReferralChecklist, referralReasons, type ReferralChecklist } from './referral';
import type { RiskLevel } from './risk';

const ticked = (...names: Array<keyof ReferralChecklist>): ReferralChecklist => ({
  ...emptyReferralChecklist,
  ...Object.fromEntries(names.map((name) => [name, true])),
});

describe('referralReasons', () => {
  it.each<[string, ReferralChecklist, RiskLevel, string[]]>([
    ['nothing ticked, low risk', emptyReferralChecklist, 'low', []],
    ['nothing ticked, moderate risk', emptyReferralChecklist, 'moderate', []],
    ['nothing ticked, high risk adds the risk itself', emptyReferralChecklist, 'high', ['highSuicideRisk']],
    ['nothing ticked, imminent risk', emptyReferralChecklist, 'imminent', ['highSuicideRisk']],
    ['low mood over two weeks', ticked('persistentSymptoms'), 'none', ['persistentSymptoms']],
    ['hallucinations and medication', ticked('hallucinationsOrDelusions', 'needsMedication'), 'low', ['hallucinationsOrDelusions', 'needsMedication']],
    ['high risk ticked and computed: listed once', ticked('highSuicideRisk'), 'high', ['highSuicideRisk']],
    [
      'several, in the checklist’s order',
      ticked('vulnerableAgeWithSymptoms', 'lossOfBehaviouralControl', 'organicCause'),
      'imminent',
      ['lossOfBehaviouralControl', 'highSuicideRisk', 'organicCause', 'vulnerableAgeWithSymptoms'],
    ],
    ['beyond the hotline', ticked('beyondHotline'), 'none', ['beyondHotline']],
    ['severe loss of function', ticked('severeLossOfFunction'), 'moderate', ['severeLossOfFunction']],
  ])('%s', (_story, checklist, risk, reasons) => {
    expect(referralReasons(checklist, risk)).toEqual(reasons);
  });
});
