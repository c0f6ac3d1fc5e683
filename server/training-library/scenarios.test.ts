import { describe, expect, it } from 'vitest';
import { ScenarioDraft } from '../../src/contract/training';
import { builtInScenarios } from './scenarios';

const scenarios = Object.entries(builtInScenarios);

describe('the built-in scenarios', () => {
  it('cover the callers 12356 hears, the pills-at-night one under the key its e2e uses', () => {
    expect(Object.keys(builtInScenarios).sort()).toEqual(
      [
        'pills-at-night',
        'postgraduate-exam',
        'parent-teen',
        'rider-insomnia',
        'jobless-divorce',
        'elder-sleep',
        'friend-goodbye',
        'silent-caller',
        'prank-caller',
      ].sort(),
    );
    expect(builtInScenarios['pills-at-night']?.expected).toMatchObject({ riskLevel: 'imminent', emergencyService: '120', location: true, callBack: true });
  });

  it.each(scenarios)('%s is a draft the contract accepts', (_key, draft) => {
    expect(ScenarioDraft.safeParse(draft).success).toBe(true);
  });

  // What the protocol check asks of such a call (src/contract/protocol-check.ts): a trainee who does
  // what the scenario expects can meet every item of its rubric.
  it.each(scenarios)('%s expects what the protocol asks of its risk', (_key, { expected }) => {
    const highRisk = expected.riskLevel === 'high' || expected.riskLevel === 'imminent';
    if (highRisk) expect(expected.referral).toBe(true);
    if (expected.riskLevel === 'imminent') expect([expected.location, expected.callBack, expected.emergencyService !== null]).toEqual([true, true, true]);
    if (highRisk && expected.emergencyService === null) expect(expected.followUp).toBe(true);
    if (expected.callType !== 'counselling') expect([expected.askScreener, expected.riskLevel]).toEqual([false, 'none']);
  });
});
