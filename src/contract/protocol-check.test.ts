import { describe, expect, it } from 'vitest';
import { emptyIntake, type Intake } from './intake';
import type { Notes } from './notes';
import { protocolCheck, protocolMisses, type ProtocolFacts } from './protocol-check';
import { emptyLifeline, emptyScreener } from './risk';

/** A low-risk study-stress call with the screen asked: no check applies to it. */
function plain(): Intake {
  return {
    ...emptyIntake('0591'),
    problems: [{ category: 'study', detail: 'exam-stress' }],
    screener: { ...emptyScreener, wishedDead: 'no', suicidalThoughts: 'no' },
    services: ['emotional-support'],
    outcome: 'supported',
  };
}

const note = (text: string): Notes => [{ id: 'n1', atSec: 30, text, edited: false }];
const thoughtsYes = (intake: Intake): Intake => ({ ...intake, screener: { ...intake.screener, wishedDead: 'yes', suicidalThoughts: 'yes' } });
const high = (intake: Intake): Intake => ({
  ...intake,
  screener: { ...intake.screener, wishedDead: 'yes', suicidalThoughts: 'yes', method: 'yes', intent: 'yes', plan: 'no', behaviour: 'no' },
});
const imminent = (intake: Intake): Intake => ({
  ...high(intake),
  lifeline: { ...emptyLifeline, intent: { ...emptyLifeline.intent, attemptInProgress: true } },
});
const located = (intake: Intake): Intake => ({ ...intake, imminent: { ...intake.imminent, location: '福州大学 3 号楼', callbackNumber: '13800000000' } });
const followUpSet = (intake: Intake): Intake => ({ ...intake, followUp: { needed: true, date: '2026-12-01', by: '李' } });
const handedOff = (outcome: 'pending' | 'reached') => (intake: Intake): Intake => ({
  ...intake,
  safety: {
    ...intake.safety,
    emergencyHandoff: { service: '120', at: '2026-11-30T01:00:00.000Z', outcome, resolvedAt: null, note: '' },
  },
});
const referred = (intake: Intake): Intake => ({ ...intake, referral: { ...intake.referral, institutionId: 'fz-neuro' } });

type Case = [string, Partial<ProtocolFacts> & { intake: Intake }, string[]];
const facts = (partial: Case[1]): ProtocolFacts => ({ notes: [], supervisorInformed: false, ...partial });
const show = (results: ReturnType<typeof protocolCheck>) => results.map((result) => `${result.check}:${result.met ? 'met' : 'missed'}`);

describe('protocolCheck', () => {
  it.each<Case>([
    ['a plain study-stress call: nothing applies', { intake: plain() }, []],
    ['a prank call: nothing applies, whatever the notes say', { intake: { ...emptyIntake(), callType: 'prank' }, notes: note('说要自杀') }, []],
    ['self-harm problem, screen asked', { intake: { ...plain(), problems: [{ category: 'self-harm', detail: null }] } }, ['risk-screen-asked:met']],
    [
      'self-harm problem, screen not asked',
      { intake: { ...plain(), problems: [{ category: 'self-harm', detail: null }], screener: emptyScreener } },
      ['risk-screen-asked:missed'],
    ],
    ['low mood, item 2 not asked', { intake: { ...plain(), problems: [{ category: 'mood', detail: 'low-mood' }], screener: { ...emptyScreener, wishedDead: 'no' } } }, ['risk-screen-asked:missed']],
    ['anxiety alone does not call for the screen', { intake: { ...plain(), problems: [{ category: 'mood', detail: 'anxiety' }], screener: emptyScreener } }, []],
    ['psychotic symptoms, screen asked', { intake: { ...plain(), problems: [{ category: 'psychotic', detail: 'hallucinations' }] } }, ['risk-screen-asked:met']],
    ['a risk word in the notes, screen not asked', { intake: { ...plain(), screener: emptyScreener }, notes: note('他说活着没意思') }, ['risk-screen-asked:missed']],
    ['a harmless compound is no risk word', { intake: { ...plain(), screener: emptyScreener }, notes: note('晚饭吃了刀削面') }, []],
    ['item 2 yes, items 3–5 not asked', { intake: thoughtsYes(plain()) }, ['screener-follow-up:missed']],
    [
      'item 2 yes, items 3–5 asked',
      { intake: { ...thoughtsYes(plain()), screener: { ...thoughtsYes(plain()).screener, method: 'no', intent: 'no', plan: 'no' } } },
      ['screener-follow-up:met'],
    ],
    ['high risk without a follow-up', { intake: referred(high(plain())) }, ['screener-follow-up:met', 'follow-up-set:missed', 'referral-recorded:met']],
    ['high risk with a follow-up, no referral', { intake: followUpSet(high(plain())) }, ['screener-follow-up:met', 'follow-up-set:met', 'referral-recorded:missed']],
    ['high risk, referred by outcome', { intake: { ...followUpSet(high(plain())), outcome: 'referred' } }, ['screener-follow-up:met', 'follow-up-set:met', 'referral-recorded:met']],
    [
      'imminent: no location, no supervisor, rescue pending',
      { intake: referred(handedOff('pending')(imminent(plain()))) },
      ['screener-follow-up:met', 'imminent-contact:missed', 'supervisor-informed:missed', 'rescue-confirmed:missed', 'referral-recorded:met'],
    ],
    [
      'imminent: all done',
      { intake: referred(handedOff('reached')(located(imminent(plain())))), supervisorInformed: true },
      ['screener-follow-up:met', 'imminent-contact:met', 'supervisor-informed:met', 'rescue-confirmed:met', 'referral-recorded:met'],
    ],
    [
      'a pending rescue with a reason given is explained',
      { intake: { ...handedOff('pending')(plain()), safety: { ...handedOff('pending')(plain()).safety, noActionReason: '120 未回电，已交接班' } } },
      ['rescue-confirmed:met'],
    ],
    ['a ticked referral criterion without a referral', { intake: { ...plain(), referral: { ...plain().referral, checklist: { ...plain().referral.checklist, needsMedication: true } } } }, ['referral-recorded:missed']],
  ])('%s', (_name, partial, expected) => {
    expect(show(protocolCheck(facts(partial)))).toEqual(expected);
  });

  it('marks the misses completion already refuses', () => {
    const misses = protocolMisses(facts({ intake: handedOff('pending')(imminent(plain())) }));
    expect(misses.map((miss) => [miss.check, miss.blocksCompletion])).toEqual([
      ['imminent-contact', true],
      ['supervisor-informed', false],
      ['rescue-confirmed', true],
      ['referral-recorded', false],
    ]);
  });
});
