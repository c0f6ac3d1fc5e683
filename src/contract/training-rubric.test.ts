import { describe, expect, it } from 'vitest';
import { emptyIntake, type Intake } from './intake';
import { emptyLifeline, emptyScreener } from './risk';
import type { ScenarioExpectations } from './training';
import { autoRubric, type RubricFacts } from './training-rubric';
import { handoffPacketGaps } from './transfer';

/** The pills-at-night scenario's expectations. */
const pills: ScenarioExpectations = {
  riskLevel: 'imminent',
  callType: 'counselling',
  askScreener: true,
  location: true,
  callBack: true,
  emergencyService: '120',
  // A high or imminent risk calls for a psychiatric referral too (referralReasons).
  referral: true,
  followUp: false,
};
/** Exam stress: a low-risk call where the screen is still asked. */
const exam: ScenarioExpectations = { ...pills, riskLevel: 'low', location: false, callBack: false, emergencyService: null, referral: false };
const prank: ScenarioExpectations = { ...exam, riskLevel: 'none', callType: 'prank', askScreener: false };

/** Everything the pills-at-night trainee should record. */
function pillsDone(): Intake {
  return {
    ...emptyIntake('0591'),
    problems: [{ category: 'self-harm', detail: 'attempt' }],
    screener: { ...emptyScreener, wishedDead: 'yes', suicidalThoughts: 'yes', method: 'yes', intent: 'yes', plan: 'yes', behaviour: 'yes', behaviourWithin3Months: 'yes' },
    lifeline: { ...emptyLifeline, intent: { ...emptyLifeline.intent, attemptInProgress: true } },
    imminent: { location: '福州大学城 5 号宿舍楼 302', callbackNumber: '13800000000', means: '安眠药', timeTaken: '01:30', callerState: '困倦', othersPresent: 'no' },
    safety: {
      safetyPlan: false,
      safetyPlanNote: '',
      transferred: true,
      emergencyHandoff: { service: '120', at: '2026-11-30T17:40:00.000Z', outcome: 'reached', resolvedAt: '2026-11-30T17:50:00.000Z', note: '' },
      noActionReason: '',
    },
    referral: { ...emptyIntake().referral, institutionId: 'fz-neuro' },
    services: ['crisis-intervention'],
    outcome: 'emergency-handoff',
  };
}
const packet = { location: '福州大学城 5 号宿舍楼 302', callbackNumber: '13800000000', riskLevel: 'imminent' as const };
const facts = (partial: Partial<RubricFacts> & Pick<RubricFacts, 'expected' | 'intake'>): RubricFacts => ({
  notes: [],
  handoffs: [],
  supervisorInformed: false,
  ...partial,
});
const show = (facts: RubricFacts) => autoRubric(facts).map((r) => `${r.item}:${r.met ? '✓' : '✗'}:${r.expected}/${r.actual}`);

describe('autoRubric', () => {
  it.each<[string, RubricFacts, string[]]>([
    [
      'pills at night, all done, the trainer whispered',
      facts({ expected: pills, intake: pillsDone(), handoffs: [packet], supervisorInformed: true }),
      [
        'risk-level:✓:imminent/imminent',
        'call-type:✓:counselling/counselling',
        'screener-asked:✓:asked/asked',
        'location:✓:given/given',
        'call-back:✓:given/given',
        'emergency-handoff:✓:120/120',
        'handoff-packet:✓:complete/complete',
        'referral:✓:recorded/recorded',
        'protocol-check:✓:all-met/all-met',
      ],
    ],
    [
      'pills at night, nothing recorded',
      facts({ expected: pills, intake: emptyIntake('0591') }),
      [
        'risk-level:✗:imminent/none',
        'call-type:✓:counselling/counselling',
        'screener-asked:✗:asked/not-asked',
        'location:✗:given/missing',
        'call-back:✗:given/missing',
        'emergency-handoff:✗:120/none',
        'handoff-packet:✗:complete/none',
        'referral:✗:recorded/missing',
        'protocol-check:✓:all-met/all-met',
      ],
    ],
    [
      'pills at night: handed to 110 with a packet lacking the call-back, no supervisor told',
      facts({
        expected: pills,
        intake: (() => {
          const intake = pillsDone();
          intake.imminent.callbackNumber = '';
          intake.safety.emergencyHandoff = { service: '110', at: '2026-11-30T17:40:00.000Z', outcome: 'reached', resolvedAt: null, note: '' };
          return intake;
        })(),
        handoffs: [{ ...packet, callbackNumber: '' }],
      }),
      [
        'risk-level:✓:imminent/imminent',
        'call-type:✓:counselling/counselling',
        'screener-asked:✓:asked/asked',
        'location:✓:given/given',
        'call-back:✗:given/missing',
        'emergency-handoff:✗:120/110',
        'handoff-packet:✗:complete/callbackNumber',
        'referral:✓:recorded/recorded',
        'protocol-check:✗:all-met/imminent-contact,supervisor-informed',
      ],
    ],
    [
      'exam stress: item 2 yes but items 3–5 skipped',
      facts({
        expected: exam,
        intake: { ...emptyIntake('0591'), problems: [{ category: 'study', detail: 'exam-stress' }], screener: { ...emptyScreener, wishedDead: 'yes', suicidalThoughts: 'yes' } },
      }),
      ['risk-level:✓:low/low', 'call-type:✓:counselling/counselling', 'screener-asked:✗:asked/follow-up-missing', 'protocol-check:✗:all-met/screener-follow-up'],
    ],
    [
      'exam stress, screen asked and answered no: risk none is below the expected low',
      facts({ expected: exam, intake: { ...emptyIntake('0591'), screener: { ...emptyScreener, wishedDead: 'no', suicidalThoughts: 'no' } } }),
      ['risk-level:✗:low/none', 'call-type:✓:counselling/counselling', 'screener-asked:✓:asked/asked', 'protocol-check:✓:all-met/all-met'],
    ],
    [
      'referral and follow-up asked for and recorded',
      facts({
        expected: { ...exam, referral: true, followUp: true },
        intake: {
          ...emptyIntake('0591'),
          screener: { ...emptyScreener, wishedDead: 'yes', suicidalThoughts: 'no' },
          referral: { ...emptyIntake().referral, institutionId: 'fz-neuro' },
          followUp: { needed: true, date: '2026-12-02', by: '张咨询员' },
        },
      }),
      [
        'risk-level:✓:low/low',
        'call-type:✓:counselling/counselling',
        'screener-asked:✓:asked/asked',
        'referral:✓:recorded/recorded',
        'follow-up:✓:set/set',
        'protocol-check:✓:all-met/all-met',
      ],
    ],
    [
      'referral by outcome; a follow-up without who calls back is not set',
      facts({
        expected: { ...exam, askScreener: false, referral: true, followUp: true },
        intake: { ...emptyIntake('0591'), outcome: 'referred', followUp: { needed: true, date: '2026-12-02', by: ' ' } },
      }),
      ['risk-level:✗:low/none', 'call-type:✓:counselling/counselling', 'referral:✓:recorded/recorded', 'follow-up:✗:set/missing', 'protocol-check:✓:all-met/all-met'],
    ],
    ['a prank call recorded as prank: no protocol item', facts({ expected: prank, intake: { ...emptyIntake(), callType: 'prank' } }), ['risk-level:✓:none/none', 'call-type:✓:prank/prank']],
    ['a prank call taken for counselling', facts({ expected: prank, intake: emptyIntake() }), ['risk-level:✓:none/none', 'call-type:✗:prank/counselling']],
  ])('%s', (_name, input, expected) => {
    expect(show(input)).toEqual(expected);
  });

  it('scores the newest hand-off packet', () => {
    const results = autoRubric(facts({ expected: pills, intake: pillsDone(), handoffs: [{ ...packet, location: '' }, packet] }));
    expect(results.find((r) => r.item === 'handoff-packet')?.met).toBe(true);
  });
});

describe('handoffPacketGaps', () => {
  it.each([
    ['complete', packet, []],
    ['no location (spaces only)', { ...packet, location: '  ' }, ['location']],
    ['no call-back', { ...packet, callbackNumber: '' }, ['callbackNumber']],
    ['no risk assessed', { ...packet, riskLevel: 'none' as const }, ['riskLevel']],
    ['nothing', { location: '', callbackNumber: '', riskLevel: 'none' as const }, ['location', 'callbackNumber', 'riskLevel']],
  ])('%s', (_name, input, gaps) => {
    expect(handoffPacketGaps(input)).toEqual(gaps);
  });
});
