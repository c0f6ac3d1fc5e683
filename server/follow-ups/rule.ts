import { intakeRiskLevel, isNuisanceCallType, type Intake } from '../../src/contract';

const hour = 60 * 60 * 1000;

export interface FollowUpDue {
  riskLevel: 'high' | 'imminent';
  dueAt: Date;
}

/**
 * The follow-up a completed record leaves: a high or imminent caller not handed to 110/120 is
 * called back within the centre's hours. An emergency hand-off has its own rescue to follow; a
 * nuisance call had no caller in need.
 */
export function followUpDue(intake: Intake, completedAt: Date, dueHours: number): FollowUpDue | null {
  if (isNuisanceCallType(intake.callType) || intake.safety.emergencyHandoff) return null;
  const level = intakeRiskLevel(intake);
  if (level !== 'high' && level !== 'imminent') return null;
  return { riskLevel: level, dueAt: new Date(completedAt.getTime() + dueHours * hour) };
}
