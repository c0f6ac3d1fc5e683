import { z } from 'zod';
import { ContactRecord } from './contact';
import { Instant } from './dates';
import { ageBands, CallType, emergencyServices, genders, occupations, ProblemCategory } from './intake';
import { DialString } from './sip';
import { RiskLevel } from './risk';
import { plainText, requiredText } from './text';
import { GrantToken } from './training-call';

export { TrainingCallParams, VouchedTraining, VouchTrainingRequest } from './training-call';

/**
 * Mock calls (issue #14, design.md §8): a trainer plays the caller from a scenario on the trainee's
 * own softphone. The trainer's console calls the trainee's seat carrying a training grant the API
 * issued; the trainee's browser has the API vouch for it before it rings, like supervision. All a
 * training call creates is training data, kept in the `training` schema, never with real records.
 */

// ── Scenarios ────────────────────────────────────────────────────────────────────────────────

/** Who the trainer plays. */
export const ScenarioPersona = z
  .object({
    ageBand: z.enum(ageBands),
    gender: z.enum(genders),
    occupation: z.enum(occupations),
    /** Where the caller is, as the trainer tells it (e.g. 福州市仓山区). */
    region: requiredText(40),
    /** The line the caller dials (12356 or an area code + 12356): the record's line. */
    dialled: DialString,
  })
  .meta({ id: 'ScenarioPersona' });
export type ScenarioPersona = z.infer<typeof ScenarioPersona>;

export const revealTopics = ['location', 'means', 'time-frame', 'people-around', 'call-back', 'history', 'other'] as const;
export const RevealTopic = z.enum(revealTopics);
export type RevealTopic = z.infer<typeof RevealTopic>;

/** A fact the caller gives only when the trainee asks about it. */
export const ScenarioReveal = z
  .object({
    topic: RevealTopic,
    /** What the trainee must ask for the trainer to say it. */
    whenAsked: requiredText(120),
    fact: requiredText(300, { multiline: true }),
  })
  .meta({ id: 'ScenarioReveal' });
export type ScenarioReveal = z.infer<typeof ScenarioReveal>;

/** What a trainee should do on this call: the automatic rubric items are scored against it. */
export const ScenarioExpectations = z
  .object({
    riskLevel: RiskLevel,
    callType: CallType,
    /** The risk questions (C-SSRS screener) should be asked. */
    askScreener: z.boolean(),
    location: z.boolean(),
    callBack: z.boolean(),
    /** The emergency service the call should be handed to, if any. */
    emergencyService: z.enum(emergencyServices).nullable(),
    referral: z.boolean(),
    followUp: z.boolean(),
  })
  .meta({ id: 'ScenarioExpectations' });
export type ScenarioExpectations = z.infer<typeof ScenarioExpectations>;

export const ScenarioDraft = z
  .object({
    title: requiredText(60),
    /** English title; optional (the library is written in Chinese first). */
    titleEn: plainText(80),
    persona: ScenarioPersona,
    problem: ProblemCategory,
    /** The trainer's brief: who the caller is and how they behave. */
    brief: requiredText(1000, { multiline: true }),
    openingLine: requiredText(300, { multiline: true }),
    reveals: z.array(ScenarioReveal).max(12),
    expected: ScenarioExpectations,
  })
  .meta({ id: 'ScenarioDraft' });
export type ScenarioDraft = z.infer<typeof ScenarioDraft>;

export const Scenario = ScenarioDraft.extend({
  id: z.uuid(),
  /** Shipped with the product (written from the seeds); trainers may still edit or retire it. */
  builtIn: z.boolean(),
  retiredAt: Instant.nullable(),
  updatedAt: Instant,
}).meta({ id: 'Scenario' });
export type Scenario = z.infer<typeof Scenario>;

export const ScenarioParams = z.object({ id: z.uuid() });
export const ScenarioListQuery = z.object({ retired: z.enum(['include', 'exclude']).default('exclude') });
export const ScenarioList = z.object({ scenarios: z.array(Scenario) }).meta({ id: 'ScenarioList' });
export type ScenarioList = z.infer<typeof ScenarioList>;
export const RetireScenarioRequest = z.object({ retired: z.boolean() }).meta({ id: 'RetireScenarioRequest' });

// ── Trainees and sign-off ───────────────────────────────────────────────────────────────────

/** A counsellor account as training sees it: a trainee takes no real call until signed off. */
export const Trainee = z
  .object({
    id: z.uuid(),
    displayName: z.string(),
    username: z.string(),
    centre: z.string().nullable(),
    extension: z.string(),
    /** Still in training: never offered a real call. */
    trainee: z.boolean(),
    signedOffAt: Instant.nullable(),
    signedOffBy: z.string().nullable(),
    mockCalls: z.number().int().min(0),
  })
  .meta({ id: 'Trainee' });
export type Trainee = z.infer<typeof Trainee>;

export const TraineeParams = z.object({ id: z.uuid() });
export const TraineeList = z.object({ trainees: z.array(Trainee) }).meta({ id: 'TraineeList' });
export type TraineeList = z.infer<typeof TraineeList>;
/** The trainer's word that the trainee passed the assessment: the account takes real calls from now on. */
export const SignOffRequest = z.object({ note: plainText(500, { multiline: true }) }).meta({ id: 'SignOffRequest' });

// ── Mock calls ──────────────────────────────────────────────────────────────────────────────

export const TrainingCallState = z.enum(['granted', 'live', 'ended']);
export type TrainingCallState = z.infer<typeof TrainingCallState>;

export const StartTrainingCallRequest = z
  .object({ traineeId: z.uuid(), scenarioId: z.uuid() })
  .meta({ id: 'StartTrainingCallRequest' });

/** What the trainer's console dials with: good for one call, for a short time. */
export const TrainingGrant = z
  .object({
    id: z.uuid(),
    token: GrantToken,
    /** The trainee's seat extension: the console calls sip:<extension>@<domain>. */
    extension: z.string(),
    traineeName: z.string(),
    /** The number the mock caller shows (the trainer's console identity). */
    practiceTarget: z.string(),
    expiresAt: Instant,
  })
  .meta({ id: 'TrainingGrant' });
export type TrainingGrant = z.infer<typeof TrainingGrant>;

export const TrainingCall = z
  .object({
    id: z.uuid(),
    state: TrainingCallState,
    scenarioId: z.uuid(),
    scenarioTitle: z.string(),
    traineeId: z.uuid(),
    traineeName: z.string(),
    trainerId: z.uuid(),
    trainerName: z.string(),
    /** The trainee's SIP Call-ID, once vouched for. */
    callId: z.string().nullable(),
    grantedAt: Instant,
    startedAt: Instant.nullable(),
    endedAt: Instant.nullable(),
    scored: z.boolean(),
  })
  .meta({ id: 'TrainingCall' });
export type TrainingCall = z.infer<typeof TrainingCall>;

/** The trainer's console during and after the call: the script and the trainee's record as saved. */
export const TrainingCallView = z
  .object({ call: TrainingCall, scenario: Scenario, record: ContactRecord.nullable() })
  .meta({ id: 'TrainingCallView' });
export type TrainingCallView = z.infer<typeof TrainingCallView>;

export const EndTrainingCallRequest = z.object({ reason: z.enum(['trainer-ended', 'trainee-ended', 'call-ended']) });

// ── Scoring ─────────────────────────────────────────────────────────────────────────────────

/** Items computed from the training record against the scenario (src/contract/training-rubric.ts). */
export const autoRubricItems = [
  'risk-level',
  'call-type',
  'screener-asked',
  'location',
  'call-back',
  'emergency-handoff',
  'handoff-packet',
  'referral',
  'follow-up',
  'protocol-check',
] as const;
export const AutoRubricItem = z.enum(autoRubricItems);
export type AutoRubricItem = z.infer<typeof AutoRubricItem>;

/** Items the trainer judges, in the manner of the RAND/Lifeline silent-monitoring forms. */
export const judgementItems = ['rapport', 'empathy', 'collaborative-problem-solving', 'safety-planning'] as const;
export const JudgementItem = z.enum(judgementItems);
export type JudgementItem = z.infer<typeof JudgementItem>;

export const AutoRubricResult = z
  .object({
    item: AutoRubricItem,
    met: z.boolean(),
    /** What was expected and what the record shows, as codes the screen translates (e.g. `imminent`). */
    expected: z.string(),
    actual: z.string(),
  })
  .meta({ id: 'AutoRubricResult' });
export type AutoRubricResult = z.infer<typeof AutoRubricResult>;

/** 1 (not shown) … 5 (exemplary); null: could not be observed on this call. */
export const JudgementScore = z
  .object({ item: JudgementItem, score: z.number().int().min(1).max(5).nullable(), comment: plainText(500, { multiline: true }) })
  .meta({ id: 'JudgementScore' });
export type JudgementScore = z.infer<typeof JudgementScore>;

export const ScoreTrainingCallRequest = z
  .object({ judgement: z.array(JudgementScore).length(judgementItems.length), comment: plainText(2000, { multiline: true }) })
  .meta({ id: 'ScoreTrainingCallRequest' });
export type ScoreTrainingCallRequest = z.infer<typeof ScoreTrainingCallRequest>;

export const TrainingResult = z
  .object({
    call: TrainingCall,
    /** Only the items the scenario asks for. */
    auto: z.array(AutoRubricResult),
    judgement: z.array(JudgementScore),
    comment: z.string(),
    scoredAt: Instant.nullable(),
    scoredBy: z.string().nullable(),
  })
  .meta({ id: 'TrainingResult' });
export type TrainingResult = z.infer<typeof TrainingResult>;

export const TrainingResultList = z.object({ results: z.array(TrainingResult) }).meta({ id: 'TrainingResultList' });
export type TrainingResultList = z.infer<typeof TrainingResultList>;

/** One mock call on a trainee's progress chart. */
export const ProgressPoint = z
  .object({
    callId: z.uuid(),
    at: Instant,
    scenarioTitle: z.string(),
    talkSec: z.number().int().min(0),
    auto: z.array(AutoRubricResult),
    judgement: z.array(JudgementScore),
  })
  .meta({ id: 'ProgressPoint' });

export const TraineeProgress = z
  .object({
    trainee: Trainee,
    /** Talk time of all mock calls, in seconds. */
    practiceSec: z.number().int().min(0),
    calls: z.array(ProgressPoint),
  })
  .meta({ id: 'TraineeProgress' });
export type TraineeProgress = z.infer<typeof TraineeProgress>;
