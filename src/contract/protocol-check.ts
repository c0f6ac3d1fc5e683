import type { Intake } from './intake';
import { isNuisanceCallType } from './intake';
import { intakeRiskLevel } from './completion';
import type { Notes } from './notes';
import { referralReasons } from './referral';
import { needsSafetyAction } from './risk';
import { notesMentionRisk } from './risk-words';

/**
 * The protocol a call should follow, one check per step (issue #13). Each names what the record
 * shows was missed; misses warn the counsellor and the reviewing supervisor, and only those that
 * completion already demands (`blocksCompletion`) stop a record from being completed.
 */
export const protocolChecks = [
  'risk-screen-asked',
  'screener-follow-up',
  'imminent-contact',
  'supervisor-informed',
  'rescue-confirmed',
  'follow-up-set',
  'referral-recorded',
] as const;
export type ProtocolCheckId = (typeof protocolChecks)[number];

export interface ProtocolCheckResult {
  check: ProtocolCheckId;
  met: boolean;
  /** Completion refuses the record while this is missed (completionProblems says so too). */
  blocksCompletion: boolean;
}

/** What the check reads: the record itself, and whether a supervisor knew of the call while it was live. */
export interface ProtocolFacts {
  intake: Intake;
  notes: Notes;
  /**
   * A supervisor acknowledged the call's imminent-risk alert, answered the counsellor's help
   * request during it, listened in on it, or was consulted on it (the API works it out).
   */
  supervisorInformed: boolean;
}

const asked = (answer: string) => answer !== 'not-asked';
const filled = (text: string) => text.trim() !== '';

/** Problems that call for the suicide-risk questions whatever the caller says first. */
function problemsCallForScreen(intake: Intake): boolean {
  return intake.problems.some(
    (problem) =>
      problem.category === 'self-harm' ||
      problem.category === 'psychotic' ||
      (problem.category === 'mood' && problem.detail === 'low-mood'),
  );
}

/**
 * The checks that apply to this record, each met or missed. A nuisance call (silent, prank …)
 * has none: there was no conversation to follow a protocol in.
 */
export function protocolCheck({ intake, notes, supervisorInformed }: ProtocolFacts): ProtocolCheckResult[] {
  if (isNuisanceCallType(intake.callType)) return [];
  const results: ProtocolCheckResult[] = [];
  const add = (check: ProtocolCheckId, met: boolean, blocksCompletion = false) => results.push({ check, met, blocksCompletion });
  const level = intakeRiskLevel(intake);
  const { screener, imminent, safety, followUp } = intake;
  const handoff = safety.emergencyHandoff;

  if (problemsCallForScreen(intake) || notesMentionRisk(notes.map((note) => note.text))) {
    add('risk-screen-asked', asked(screener.wishedDead) && asked(screener.suicidalThoughts));
  }
  if (screener.suicidalThoughts === 'yes') {
    add('screener-follow-up', asked(screener.method) && asked(screener.intent) && asked(screener.plan));
  }
  if (level === 'imminent') {
    add('imminent-contact', filled(imminent.location) && imminent.callbackNumber !== '', true);
    add('supervisor-informed', supervisorInformed);
  }
  if (handoff) add('rescue-confirmed', handoff.outcome !== 'pending' || filled(safety.noActionReason), true);
  if (needsSafetyAction(level) && !handoff) {
    add('follow-up-set', followUp.needed && followUp.date !== '' && filled(followUp.by), true);
  }
  if (referralReasons(intake.referral.checklist, level).length > 0) {
    add('referral-recorded', intake.referral.institutionId !== null || intake.outcome === 'referred');
  }
  return results;
}

export function protocolMisses(facts: ProtocolFacts): ProtocolCheckResult[] {
  return protocolCheck(facts).filter((result) => !result.met);
}
