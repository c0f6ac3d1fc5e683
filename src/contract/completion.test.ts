import { describe, expect, it } from 'vitest';
import { completionProblems } from './completion';
import { CalendarDate, emptyIntake, Intake } from './intake';
import { emptyLifeline, emptyScreener } from './risk';

const today = '2026-11-22';

/** A complete, low-risk counselling record; each case below changes one thing. */
function complete(): Intake {
  const intake = emptyIntake('0591');
  return {
    ...intake,
    problems: [{ category: 'study', detail: 'exam-stress' }],
    screener: { ...emptyScreener, wishedDead: 'no', suicidalThoughts: 'no', behaviour: 'no' },
    services: ['emotional-support'],
    outcome: 'supported',
  };
}

const highRisk = (intake: Intake): Intake => ({
  ...intake,
  screener: { ...intake.screener, suicidalThoughts: 'yes', intent: 'yes' },
});

const imminent = (intake: Intake): Intake => ({
  ...highRisk(intake),
  lifeline: { ...emptyLifeline, intent: { ...emptyLifeline.intent, attemptInProgress: true } },
});

const codes = (intake: Intake) => completionProblems(intake, today).map((problem) => `${problem.path}:${problem.message}`);

describe('completionProblems', () => {
  it.each<[string, (intake: Intake) => Intake, string[]]>([
    ['a complete low-risk record', (i) => i, []],
    ['a prank call needs nothing else', () => ({ ...emptyIntake(), callType: 'prank' }), []],
    ['a silent call needs nothing else', () => ({ ...emptyIntake(), callType: 'silent' }), []],
    ['no problem category', (i) => ({ ...i, problems: [] }), ['problems:intake.problemRequired']],
    ['risk not screened', (i) => ({ ...i, screener: emptyScreener }), ['screener:intake.screenRequired']],
    [
      'an information-only call need not be screened',
      (i) => ({ ...i, problems: [{ category: 'information', detail: 'services' }], screener: emptyScreener }),
      [],
    ],
    ['no service given', (i) => ({ ...i, services: [] }), ['services:intake.serviceRequired']],
    ['no outcome', (i) => ({ ...i, outcome: null }), ['outcome:intake.outcomeRequired']],
    [
      'high risk without a safety action or follow-up',
      highRisk,
      ['safety:intake.safetyActionRequired', 'followUp.needed:intake.followUpRequired', 'followUp.date:intake.followUpDateRequired', 'followUp.by:intake.followUpByRequired'],
    ],
    [
      'high risk with a safety plan and a follow-up',
      (i) => ({ ...highRisk(i), safety: { ...i.safety, safetyPlan: true }, followUp: { needed: true, date: '2026-11-23', by: '张咨询员' } }),
      [],
    ],
    [
      'high risk: a written reason stands for the safety action',
      (i) => ({ ...highRisk(i), safety: { ...i.safety, noActionReason: '来电者挂断' }, followUp: { needed: true, date: today, by: '夜班' } }),
      [],
    ],
    [
      'a follow-up dated in the past',
      (i) => ({ ...highRisk(i), safety: { ...i.safety, safetyPlan: true }, followUp: { needed: true, date: '2026-11-21', by: '夜班' } }),
      ['followUp.date:date.past'],
    ],
    [
      'imminent without location or call-back number',
      (i) => ({
        ...imminent(i),
        safety: { ...i.safety, emergencyHandoff: { service: '120', at: '2026-11-22T02:10:00+08:00', outcome: 'reached', resolvedAt: '2026-11-22T02:40:00+08:00', note: '' } },
      }),
      ['imminent.location:intake.locationRequired', 'imminent.callbackNumber:intake.callbackRequired'],
    ],
    [
      'imminent, handed to 120 and reached: no follow-up needed',
      (i) => ({
        ...imminent(i),
        imminent: { ...i.imminent, location: '福州大学 3 号楼天台', callbackNumber: '13800138000' },
        safety: { ...i.safety, emergencyHandoff: { service: '120', at: '2026-11-22T02:10:00+08:00', outcome: 'reached', resolvedAt: '2026-11-22T02:40:00+08:00', note: '' } },
      }),
      [],
    ],
    [
      'a rescue still open cannot be completed without a reason',
      (i) => ({
        ...imminent(i),
        imminent: { ...i.imminent, location: '家中', callbackNumber: '13800138000' },
        safety: { ...i.safety, emergencyHandoff: { service: '110', at: '2026-11-22T02:10:00+08:00', outcome: 'pending', resolvedAt: null, note: '' } },
      }),
      ['safety.emergencyHandoff.outcome:intake.rescueOpen'],
    ],
    [
      'the counsellor lowered the level with a reason: the lower level counts',
      (i) => ({ ...highRisk(i), riskOverride: { level: 'moderate', reason: '来电者澄清只是一时气话' } }),
      [],
    ],
    [
      'the counsellor raised the level to high: safety action needed',
      (i) => ({ ...i, riskOverride: { level: 'high', reason: '语气绝望' }, followUp: { needed: true, date: today, by: '夜班' } }),
      ['safety:intake.safetyActionRequired'],
    ],
  ])('%s', (_story, change, expected) => {
    expect(codes(change(complete()))).toEqual(expected);
  });

  it('every complete case parses as an intake', () => {
    expect(Intake.safeParse(complete()).success).toBe(true);
  });
});

describe('CalendarDate', () => {
  it.each([
    ['2026-11-22', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-1-1', false],
    ['22/11/2026', false],
    ['', false],
  ])('%s → %s', (value, valid) => {
    expect(CalendarDate.safeParse(value).success).toBe(valid);
  });
});
