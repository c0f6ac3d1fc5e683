import { z } from 'zod';
import { Instant } from './dates';
import { emptyReferralChecklist, ReferralChecklist } from './referral';
import { emptyLifeline, emptyScreener, LifelineAssessment, RiskOverride, ScreenerAnswers } from './risk';
import { idString, plainText } from './text';

/** What kind of call it was; the last four end the form at once (nuisance calls block seats). */
export const callTypes = ['counselling', 'silent', 'prank', 'abusive', 'wrong-number'] as const;
export const CallType = z.enum(callTypes);
export type CallType = z.infer<typeof CallType>;

export const ageBands = ['under-12', '12-17', '18-24', '25-34', '35-44', '45-59', '60-plus', 'unknown'] as const;
export const genders = ['female', 'male', 'other', 'unknown'] as const;
/** The seeds name these groups as most strained: students, teachers, medical staff, riders, couriers, factory and transport workers. */
export const occupations = [
  'student',
  'teacher',
  'medical-staff',
  'delivery-rider',
  'courier',
  'factory-worker',
  'transport-worker',
  'office-worker',
  'self-employed',
  'farmer',
  'unemployed',
  'retired',
  'other',
  'unknown',
] as const;

/** Two levels of problem categories, from what the seeds say callers bring. */
export const problemCategories = {
  study: ['exam-stress', 'academic-pressure', 'further-study', 'school-adjustment'],
  work: ['workload', 'workplace-conflict', 'burnout', 'job-insecurity'],
  unemployment: ['job-loss', 'job-seeking', 'financial-hardship'],
  family: ['family-conflict', 'domestic-violence', 'caregiving'],
  marriage: ['marital-conflict', 'divorce', 'breakup', 'infidelity'],
  'parent-child': ['parenting', 'adolescent-behaviour', 'communication'],
  interpersonal: ['conflict', 'loneliness', 'social-anxiety'],
  sleep: ['insomnia', 'nightmares', 'shift-work'],
  mood: ['low-mood', 'anxiety', 'panic', 'grief'],
  psychotic: ['hallucinations', 'delusions', 'disorganised'],
  'self-harm': ['suicidal-thoughts', 'self-harm', 'attempt', 'bereaved-by-suicide'],
  information: ['mental-health-knowledge', 'services', 'medication'],
} as const;
export type ProblemCategory = keyof typeof problemCategories;
export const ProblemCategory = z.enum(Object.keys(problemCategories) as [ProblemCategory, ...ProblemCategory[]]);

export const Problem = z
  .object({
    category: ProblemCategory,
    /** One of the category's details, or null for the category as a whole. */
    detail: idString(40).nullable(),
  })
  .refine(
    (problem) =>
      problem.detail === null || (problemCategories[problem.category] as readonly string[]).includes(problem.detail),
    { message: 'intake.unknownDetail', path: ['detail'] },
  );
export type Problem = z.infer<typeof Problem>;

export const servicesGiven = ['education', 'emotional-support', 'crisis-intervention', 'information-referral'] as const;
export const outcomes = ['supported', 'referred', 'emergency-handoff', 'transferred', 'caller-ended', 'other'] as const;
export const emergencyServices = ['110', '120', '119'] as const;
export const handoffOutcomes = ['pending', 'reached', 'not-reached', 'cancelled'] as const;

/** A calendar date as typed (YYYY-MM-DD) that really exists: no 2026-02-30. */
export const CalendarDate = z.string().refine(
  (value) => {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (!match) return false;
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  },
  { message: 'date.invalid' },
);

/** Empty while not yet known, else a dialable number. */
const OptionalPhone = z.union([z.literal(''), z.string().regex(/^\d{3,20}$/, { message: 'phone.digitsOnly' })]);

/**
 * A hand-off to police, ambulance or fire. While its outcome is `pending` the rescue is open:
 * the counsellor must come back and record whether the caller was reached.
 */
export const EmergencyHandoff = z.object({
  service: z.enum(emergencyServices),
  at: Instant,
  outcome: z.enum(handoffOutcomes),
  /** When the outcome was recorded (null while pending). */
  resolvedAt: Instant.nullable(),
  note: plainText(500, { multiline: true }),
});
export type EmergencyHandoff = z.infer<typeof EmergencyHandoff>;

/**
 * The intake form as saved while the counsellor types: every field typed and bounded, none yet
 * required (see completionProblems for what completing a record needs).
 */
export const Intake = z
  .object({
    callType: CallType,
    caller: z.object({
      ageBand: z.enum(ageBands),
      gender: z.enum(genders),
      /** An area code of the province's centres, `other` (another province) or `unknown`. */
      region: z.string().regex(/^(0\d{2,3}|other|unknown)$/),
      occupation: z.enum(occupations),
      firstCall: z.enum(['first', 'repeat', 'unknown']),
      callingFor: z.enum(['self', 'someone-else']),
      relationship: plainText(60),
    }),
    problems: z.array(Problem).max(12, { message: 'intake.tooManyProblems' }),
    screener: ScreenerAnswers,
    lifeline: LifelineAssessment,
    riskOverride: RiskOverride.nullable(),
    imminent: z.object({
      location: plainText(200, { multiline: true }),
      callbackNumber: OptionalPhone,
      means: plainText(200),
      /** When the means were taken or used (e.g. "about 01:30"), for the ambulance. */
      timeTaken: plainText(100),
      /** How the caller sounds now (drowsy, slurred, crying), for whoever goes to them. */
      callerState: plainText(200),
      othersPresent: z.enum(['yes', 'no', 'unknown']),
    }),
    referral: z.object({
      checklist: ReferralChecklist,
      institutionId: idString(64).nullable(),
    }),
    services: z.array(z.enum(servicesGiven)).max(servicesGiven.length),
    safety: z.object({
      safetyPlan: z.boolean(),
      safetyPlanNote: plainText(1000, { multiline: true }),
      transferred: z.boolean(),
      emergencyHandoff: EmergencyHandoff.nullable(),
      noActionReason: plainText(500, { multiline: true }),
    }),
    outcome: z.enum(outcomes).nullable(),
    followUp: z.object({
      needed: z.boolean(),
      date: z.union([z.literal(''), CalendarDate]),
      by: plainText(60),
    }),
    summary: plainText(4000, { multiline: true }),
  })
  .meta({ id: 'Intake', description: 'The caller-risk intake form of one contact' });
export type Intake = z.infer<typeof Intake>;

export function emptyIntake(region = 'unknown'): Intake {
  return {
    callType: 'counselling',
    caller: {
      ageBand: 'unknown',
      gender: 'unknown',
      region,
      occupation: 'unknown',
      firstCall: 'unknown',
      callingFor: 'self',
      relationship: '',
    },
    problems: [],
    screener: emptyScreener,
    lifeline: emptyLifeline,
    riskOverride: null,
    imminent: { location: '', callbackNumber: '', means: '', timeTaken: '', callerState: '', othersPresent: 'unknown' },
    referral: { checklist: emptyReferralChecklist, institutionId: null },
    services: [],
    safety: { safetyPlan: false, safetyPlanNote: '', transferred: false, emergencyHandoff: null, noActionReason: '' },
    outcome: null,
    followUp: { needed: false, date: '', by: '' },
    summary: '',
  };
}

export function isNuisanceCallType(callType: CallType): boolean {
  return callType !== 'counselling';
}
