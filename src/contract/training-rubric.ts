import { intakeRiskLevel } from './completion';
import type { Intake } from './intake';
import type { Notes } from './notes';
import { protocolMisses } from './protocol-check';
import type { AutoRubricItem, AutoRubricResult, ScenarioExpectations } from './training';
import { handoffPacketGaps, type HandoffPacket } from './transfer';

/** What the automatic rubric reads: the trainee's training record and what the trainer did on the call. */
export interface RubricFacts {
  expected: ScenarioExpectations;
  intake: Intake;
  notes: Notes;
  /** The hand-off packets the trainee gave on the call, oldest first. */
  handoffs: ReadonlyArray<Pick<HandoffPacket, 'location' | 'callbackNumber' | 'riskLevel'>>;
  /** In training: the trainer whispered on the call (the supervision path). */
  supervisorInformed: boolean;
}

const filled = (text: string) => text.trim() !== '';
const asked = (answer: string) => answer !== 'not-asked';

/** The screener's first two questions, and 3–5 when question 2 was answered yes. */
function screenerState(intake: Intake): 'asked' | 'not-asked' | 'follow-up-missing' {
  const { screener } = intake;
  if (!asked(screener.wishedDead) || !asked(screener.suicidalThoughts)) return 'not-asked';
  if (screener.suicidalThoughts === 'yes' && ![screener.method, screener.intent, screener.plan].every(asked)) return 'follow-up-missing';
  return 'asked';
}

function packetState(facts: RubricFacts): string {
  const last = facts.handoffs.at(-1);
  if (!last) return 'none';
  const gaps = handoffPacketGaps(last);
  return gaps.length === 0 ? 'complete' : gaps.join(',');
}

/**
 * The automatic rubric of a mock call: only the items the scenario asks for, each met or not, with
 * what was expected and what the record shows as codes the screen translates. Risk level, call type
 * and the protocol check are always scored; a nuisance call has no protocol to follow.
 */
export function autoRubric(facts: RubricFacts): AutoRubricResult[] {
  const { expected, intake } = facts;
  const results: AutoRubricResult[] = [];
  const add = (item: AutoRubricItem, expectedCode: string, actual: string) =>
    results.push({ item, met: expectedCode === actual, expected: expectedCode, actual });
  const yes = (met: boolean, code: string, missing: string) => (met ? code : missing);

  add('risk-level', expected.riskLevel, intakeRiskLevel(intake));
  add('call-type', expected.callType, intake.callType);
  if (expected.askScreener) add('screener-asked', 'asked', screenerState(intake));
  if (expected.location) add('location', 'given', yes(filled(intake.imminent.location), 'given', 'missing'));
  if (expected.callBack) add('call-back', 'given', yes(intake.imminent.callbackNumber !== '', 'given', 'missing'));
  if (expected.emergencyService) {
    add('emergency-handoff', expected.emergencyService, intake.safety.emergencyHandoff?.service ?? 'none');
    add('handoff-packet', 'complete', packetState(facts));
  }
  if (expected.referral) {
    add('referral', 'recorded', yes(intake.referral.institutionId !== null || intake.outcome === 'referred', 'recorded', 'missing'));
  }
  if (expected.followUp) {
    const { followUp } = intake;
    add('follow-up', 'set', yes(followUp.needed && followUp.date !== '' && filled(followUp.by), 'set', 'missing'));
  }
  if (expected.callType === 'counselling') {
    const misses = protocolMisses({ intake, notes: facts.notes, supervisorInformed: facts.supervisorInformed });
    add('protocol-check', 'all-met', misses.length === 0 ? 'all-met' : misses.map((miss) => miss.check).join(','));
  }
  return results;
}
