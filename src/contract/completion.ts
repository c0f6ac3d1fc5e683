import type { Intake } from './intake';
import { isNuisanceCallType } from './intake';
import { effectiveRisk, needsSafetyAction, triageRisk, type RiskLevel } from './risk';

/** One reason a record cannot be completed yet; `message` is an i18n key under `validation.`. */
export interface CompletionProblem {
  path: string;
  message: string;
}

export function intakeRiskLevel(intake: Intake): RiskLevel {
  return effectiveRisk(triageRisk(intake.screener, intake.lifeline), intake.riskOverride);
}

/**
 * What a record still needs before it can be completed (design.md §3 and the call-record issue).
 * A nuisance call needs nothing more than its type. `today` is the Beijing date, for follow-ups.
 */
export function completionProblems(intake: Intake, today: string): CompletionProblem[] {
  if (isNuisanceCallType(intake.callType)) return [];
  const problems: CompletionProblem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });
  const level = intakeRiskLevel(intake);

  if (intake.problems.length === 0) add('problems', 'intake.problemRequired');
  const informationOnly = intake.problems.length > 0 && intake.problems.every((problem) => problem.category === 'information');
  if (!informationOnly && (intake.screener.wishedDead === 'not-asked' || intake.screener.suicidalThoughts === 'not-asked')) {
    add('screener', 'intake.screenRequired');
  }
  if (intake.services.length === 0) add('services', 'intake.serviceRequired');
  if (intake.outcome === null) add('outcome', 'intake.outcomeRequired');

  if (level === 'imminent') {
    if (intake.imminent.location.trim() === '') add('imminent.location', 'intake.locationRequired');
    if (intake.imminent.callbackNumber === '') add('imminent.callbackNumber', 'intake.callbackRequired');
  }

  const { safety } = intake;
  const handoff = safety.emergencyHandoff;
  const reasonGiven = safety.noActionReason.trim() !== '';
  if (needsSafetyAction(level) && !safety.safetyPlan && !safety.transferred && !handoff && !reasonGiven) {
    add('safety', 'intake.safetyActionRequired');
  }
  if (handoff?.outcome === 'pending' && !reasonGiven) add('safety.emergencyHandoff.outcome', 'intake.rescueOpen');

  const followUpRequired = needsSafetyAction(level) && !handoff;
  if (followUpRequired && !intake.followUp.needed) add('followUp.needed', 'intake.followUpRequired');
  if (intake.followUp.needed || followUpRequired) {
    if (intake.followUp.date === '') add('followUp.date', 'intake.followUpDateRequired');
    else if (intake.followUp.date < today) add('followUp.date', 'date.past');
    if (intake.followUp.by.trim() === '') add('followUp.by', 'intake.followUpByRequired');
  }
  return problems;
}
