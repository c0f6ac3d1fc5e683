import { z } from 'zod';
import type { RiskLevel } from './risk';

/** When to recommend a psychiatric hospital (Fujian health commission, design.md §3). */
export const referralCriteria = [
  'persistentSymptoms',
  'hallucinationsOrDelusions',
  'lossOfBehaviouralControl',
  'severeLossOfFunction',
  'highSuicideRisk',
  'needsMedication',
  'organicCause',
  'beyondHotline',
  'vulnerableAgeWithSymptoms',
] as const;
export type ReferralCriterion = (typeof referralCriteria)[number];

export const ReferralChecklist = z
  .object(Object.fromEntries(referralCriteria.map((name) => [name, z.boolean()])) as { [K in ReferralCriterion]: z.ZodBoolean })
  .meta({ id: 'ReferralChecklist' });
export type ReferralChecklist = z.infer<typeof ReferralChecklist>;

export const emptyReferralChecklist = Object.fromEntries(referralCriteria.map((name) => [name, false])) as ReferralChecklist;

/**
 * The criteria that make a referral to psychiatric care advisable. A high or imminent suicide
 * risk is one of them whether or not the counsellor ticked it.
 */
export function referralReasons(checklist: ReferralChecklist, risk: RiskLevel): ReferralCriterion[] {
  const highRisk = risk === 'high' || risk === 'imminent';
  return referralCriteria.filter((criterion) => checklist[criterion] || (highRisk && criterion === 'highSuicideRisk'));
}
