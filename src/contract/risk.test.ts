import { describe, expect, it } from 'vitest';
import {
  askedScreenerItems,
  emptyLifeline,
  emptyScreener,
  screenerItems,
  triageRisk,
  type LifelineAssessment,
  type RiskLevel,
  type RiskRule,
  type ScreenerAnswers,
  type TriState,
} from './risk';

const answers: TriState[] = ['yes', 'no', 'not-asked'];

function* everyScreener(): Generator<ScreenerAnswers> {
  const build = function* (index: number, partial: Partial<ScreenerAnswers>): Generator<ScreenerAnswers> {
    const item = screenerItems[index];
    if (!item) {
      yield partial as ScreenerAnswers;
      return;
    }
    for (const answer of answers) yield* build(index + 1, { ...partial, [item]: answer });
  };
  yield* build(0, {});
}

const lifeline = (patch: { attemptInProgress?: boolean; meansAtHandNow?: boolean } = {}): LifelineAssessment => ({
  ...emptyLifeline,
  intent: { ...emptyLifeline.intent, attemptInProgress: patch.attemptInProgress ?? false },
  meansAtHandNow: patch.meansAtHandNow ?? false,
});

/**
 * The design brief's triage, written as a decision table over what the screener established
 * (questions 3–5 count only after a yes to 2, as the screener's branching asks them).
 */
function expectedFromTable(a: ScreenerAnswers, means: boolean): [RiskLevel, RiskRule] {
  const q2 = a.suicidalThoughts === 'yes';
  const yes = (item: keyof ScreenerAnswers) => a[item] === 'yes';
  const table: Array<[boolean, RiskLevel, RiskRule]> = [
    [q2 && yes('intent') && yes('plan') && means, 'imminent', 'intent-plan-means'],
    [q2 && yes('intent'), 'high', 'intent'],
    [q2 && yes('plan'), 'high', 'plan'],
    [yes('behaviour') && a.behaviourWithin3Months === 'yes', 'high', 'behaviour-within-3-months'],
    [yes('behaviour') && a.behaviourWithin3Months === 'not-asked', 'high', 'behaviour-timing-unknown'],
    [q2 && yes('method'), 'moderate', 'method'],
    [yes('behaviour'), 'moderate', 'behaviour-over-3-months'],
    [q2 || yes('wishedDead'), 'low', 'wish-or-thoughts'],
  ];
  const row = table.find(([applies]) => applies);
  if (row) return [row[1], row[2]];
  const anyAnswered = askedScreenerItems(a).some((item) => a[item] !== 'not-asked');
  return ['none', anyAnswered ? 'screen-negative' : 'not-screened'];
}

describe('triageRisk over every combination of screener answers and the 3-month flag', () => {
  const all = [...everyScreener()];

  it('covers all 3^7 combinations', () => {
    expect(all).toHaveLength(3 ** 7);
  });

  for (const means of [false, true]) {
    it(`matches the decision table for all of them (means at hand: ${means})`, () => {
      const mismatches = all
        .map((screen) => ({ screen, got: triageRisk(screen, lifeline({ meansAtHandNow: means })), want: expectedFromTable(screen, means) }))
        .filter(({ got, want }) => got.level !== want[0] || got.rule !== want[1]);
      expect(mismatches.slice(0, 3)).toEqual([]);
    });
  }

  it('an attempt in progress is imminent whatever the screener says', () => {
    for (const screen of all) {
      expect(triageRisk(screen, lifeline({ attemptInProgress: true }))).toEqual({ level: 'imminent', rule: 'attempt-in-progress' });
    }
  });
});

describe('triageRisk, the cases a counsellor meets', () => {
  const s = (patch: Partial<ScreenerAnswers>): ScreenerAnswers => ({ ...emptyScreener, ...patch });
  it.each<[string, ScreenerAnswers, { attemptInProgress?: boolean; meansAtHandNow?: boolean }, RiskLevel, RiskRule]>([
    ['nothing asked yet', emptyScreener, {}, 'none', 'not-screened'],
    ['both first questions no', s({ wishedDead: 'no', suicidalThoughts: 'no', behaviour: 'no' }), {}, 'none', 'screen-negative'],
    ['wishes to sleep and not wake up', s({ wishedDead: 'yes', suicidalThoughts: 'no' }), {}, 'low', 'wish-or-thoughts'],
    ['thoughts, no method', s({ suicidalThoughts: 'yes', method: 'no' }), {}, 'low', 'wish-or-thoughts'],
    ['thoughts with a method', s({ suicidalThoughts: 'yes', method: 'yes' }), {}, 'moderate', 'method'],
    ['a method but thoughts denied: question 3 not counted', s({ suicidalThoughts: 'no', method: 'yes' }), {}, 'none', 'screen-negative'],
    ['attempt two years ago', s({ behaviour: 'yes', behaviourWithin3Months: 'no' }), {}, 'moderate', 'behaviour-over-3-months'],
    ['attempt last month', s({ behaviour: 'yes', behaviourWithin3Months: 'yes' }), {}, 'high', 'behaviour-within-3-months'],
    ['attempt, timing not asked', s({ behaviour: 'yes' }), {}, 'high', 'behaviour-timing-unknown'],
    ['some intention', s({ suicidalThoughts: 'yes', intent: 'yes' }), {}, 'high', 'intent'],
    ['a worked-out plan', s({ suicidalThoughts: 'yes', plan: 'yes' }), {}, 'high', 'plan'],
    ['intent and plan, means not at hand', s({ suicidalThoughts: 'yes', intent: 'yes', plan: 'yes' }), {}, 'high', 'intent'],
    ['intent, plan, pills in hand', s({ suicidalThoughts: 'yes', intent: 'yes', plan: 'yes' }), { meansAtHandNow: true }, 'imminent', 'intent-plan-means'],
    ['has just swallowed pills', emptyScreener, { attemptInProgress: true }, 'imminent', 'attempt-in-progress'],
  ])('%s → %s', (_story, screen, flags, level, rule) => {
    expect(triageRisk(screen, lifeline(flags))).toEqual({ level, rule });
  });
});

describe('askedScreenerItems', () => {
  it.each<[Partial<ScreenerAnswers>, string[]]>([
    [{}, ['wishedDead', 'suicidalThoughts', 'behaviour']],
    [{ suicidalThoughts: 'yes' }, ['wishedDead', 'suicidalThoughts', 'method', 'intent', 'plan', 'behaviour']],
    [{ suicidalThoughts: 'no', behaviour: 'yes' }, ['wishedDead', 'suicidalThoughts', 'behaviour', 'behaviourWithin3Months']],
  ])('%j asks %j', (patch, items) => {
    expect(askedScreenerItems({ ...emptyScreener, ...patch })).toEqual(items);
  });
});
