import { z } from 'zod';

/** A screener question is answered yes or no, or was not asked (never assumed "no"). */
export const TriState = z.enum(['yes', 'no', 'not-asked']);
export type TriState = z.infer<typeof TriState>;

/**
 * Columbia Suicide Severity Rating Scale, screener version, past month (design.md §3).
 * Questions 3–5 are asked only when question 2 is yes; 6b only when 6 is yes.
 */
export const ScreenerAnswers = z
  .object({
    wishedDead: TriState,
    suicidalThoughts: TriState,
    method: TriState,
    intent: TriState,
    plan: TriState,
    behaviour: TriState,
    behaviourWithin3Months: TriState,
  })
  .meta({ id: 'ScreenerAnswers', description: 'C-SSRS screener (past month), tri-state answers' });
export type ScreenerAnswers = z.infer<typeof ScreenerAnswers>;

export const screenerItems = [
  'wishedDead',
  'suicidalThoughts',
  'method',
  'intent',
  'plan',
  'behaviour',
  'behaviourWithin3Months',
] as const satisfies ReadonlyArray<keyof ScreenerAnswers>;
export type ScreenerItem = (typeof screenerItems)[number];

export const emptyScreener: ScreenerAnswers = {
  wishedDead: 'not-asked',
  suicidalThoughts: 'not-asked',
  method: 'not-asked',
  intent: 'not-asked',
  plan: 'not-asked',
  behaviour: 'not-asked',
  behaviourWithin3Months: 'not-asked',
};

/** Which questions the screener asks, given the answers so far (its branching). */
export function askedScreenerItems(answers: ScreenerAnswers): ScreenerItem[] {
  const items: ScreenerItem[] = ['wishedDead', 'suicidalThoughts'];
  if (answers.suicidalThoughts === 'yes') items.push('method', 'intent', 'plan');
  items.push('behaviour');
  if (answers.behaviour === 'yes') items.push('behaviourWithin3Months');
  return items;
}

/** The 988 Lifeline's suicide risk domains, recorded beside the screener. */
export const lifelineDomains = {
  desire: ['pain', 'hopelessness', 'burden', 'trapped', 'alone'],
  capability: ['pastAttempts', 'meansAccess', 'intoxicated', 'agitation', 'noSleep'],
  intent: ['attemptInProgress', 'planWithTime', 'preparatoryActs', 'expressedIntent'],
  buffers: ['supportivePeople', 'futurePlans', 'reasonsForLiving', 'engagedWithHelp'],
} as const;

const flags = <const T extends readonly string[]>(names: T) =>
  z.object(Object.fromEntries(names.map((name) => [name, z.boolean()])) as { [K in T[number]]: z.ZodBoolean });

export const LifelineAssessment = z
  .object({
    desire: flags(lifelineDomains.desire),
    capability: flags(lifelineDomains.capability),
    intent: flags(lifelineDomains.intent),
    buffers: flags(lifelineDomains.buffers),
    /** The lethal means are within reach right now (pills in hand, on the roof). */
    meansAtHandNow: z.boolean(),
  })
  .meta({ id: 'LifelineAssessment' });
export type LifelineAssessment = z.infer<typeof LifelineAssessment>;

const none = <const T extends readonly string[]>(names: T) =>
  Object.fromEntries(names.map((name) => [name, false])) as { [K in T[number]]: boolean };

export const emptyLifeline: LifelineAssessment = {
  desire: none(lifelineDomains.desire),
  capability: none(lifelineDomains.capability),
  intent: none(lifelineDomains.intent),
  buffers: none(lifelineDomains.buffers),
  meansAtHandNow: false,
};

export const riskLevels = ['none', 'low', 'moderate', 'high', 'imminent'] as const;
export const RiskLevel = z.enum(riskLevels);
export type RiskLevel = z.infer<typeof RiskLevel>;

/** Why triageRisk chose its level; the UI shows the rule beside the level. */
export const riskRules = [
  'not-screened',
  'screen-negative',
  'wish-or-thoughts',
  'method',
  'behaviour-over-3-months',
  'intent',
  'plan',
  'behaviour-within-3-months',
  'behaviour-timing-unknown',
  'attempt-in-progress',
  'intent-plan-means',
] as const;
export type RiskRule = (typeof riskRules)[number];

export interface RiskTriage {
  level: RiskLevel;
  rule: RiskRule;
}

export function riskRank(level: RiskLevel): number {
  return riskLevels.indexOf(level);
}

/**
 * The C-SSRS screener triage of design.md §3, with the imminent rule on top:
 * imminent — an attempt in progress, or intent and a plan with the means at hand now;
 * high — intent (4) or a plan (5), or behaviour (6) within 3 months;
 * moderate — a method (3), or behaviour more than 3 months ago;
 * low — a wish to be dead (1) or thoughts (2) only.
 * Behaviour whose timing was not asked counts as recent: a counsellor who has not asked
 * must not be told the risk is lower than it may be.
 */
export function triageRisk(answers: ScreenerAnswers, lifeline: Pick<LifelineAssessment, 'intent' | 'meansAtHandNow'>): RiskTriage {
  const thoughts = answers.suicidalThoughts === 'yes';
  const intent = thoughts && answers.intent === 'yes';
  const plan = thoughts && answers.plan === 'yes';
  const behaviour = answers.behaviour === 'yes';

  if (lifeline.intent.attemptInProgress) return { level: 'imminent', rule: 'attempt-in-progress' };
  if (intent && plan && lifeline.meansAtHandNow) return { level: 'imminent', rule: 'intent-plan-means' };
  if (intent) return { level: 'high', rule: 'intent' };
  if (plan) return { level: 'high', rule: 'plan' };
  if (behaviour && answers.behaviourWithin3Months === 'yes') return { level: 'high', rule: 'behaviour-within-3-months' };
  if (behaviour && answers.behaviourWithin3Months === 'not-asked') return { level: 'high', rule: 'behaviour-timing-unknown' };
  if (thoughts && answers.method === 'yes') return { level: 'moderate', rule: 'method' };
  if (behaviour) return { level: 'moderate', rule: 'behaviour-over-3-months' };
  if (thoughts || answers.wishedDead === 'yes') return { level: 'low', rule: 'wish-or-thoughts' };
  const asked = askedScreenerItems(answers).some((item) => answers[item] !== 'not-asked');
  return { level: 'none', rule: asked ? 'screen-negative' : 'not-screened' };
}

export const RiskOverride = z
  .object({
    level: RiskLevel,
    reason: z.string().trim().min(1, { message: 'risk.overrideReasonRequired' }).max(500, { message: 'text.tooLong' }),
  })
  .meta({ id: 'RiskOverride', description: 'The counsellor’s own level, only ever with a reason (audited)' });
export type RiskOverride = z.infer<typeof RiskOverride>;

/** The level that counts: the counsellor's override when given, else the computed one. */
export function effectiveRisk(triage: RiskTriage, override: RiskOverride | null | undefined): RiskLevel {
  return override ? override.level : triage.level;
}

export function needsSafetyAction(level: RiskLevel): boolean {
  return level === 'high' || level === 'imminent';
}
