import { randomUUID } from 'node:crypto';
import { ageBands, callTypes, emptyIntake, genders, handoffOutcomes, problemCategories, type Intake } from '../../../src/contract/intake';
import { riskLevels } from '../../../src/contract/risk';
import type { Queryable } from '../../store/store';

/** A generated call to a public line as the reports see it, and the record and follow-up it left. */
export interface GeneratedCall {
  callId: string;
  areaCode: string | null;
  arrivedAt: number;
  outcome: 'answered' | 'abandoned' | 'busy';
  overflowed: boolean;
  /** Arrival to answer (answered) or to giving up (abandoned), whole seconds. */
  waitSec: number;
  talkSec: number;
  record: GeneratedRecord | null;
}

export interface GeneratedRecord {
  id: string;
  counsellor: string;
  centre: string;
  answeredAt: number;
  callType: (typeof callTypes)[number];
  risk: (typeof riskLevels)[number];
  ageBand: (typeof ageBands)[number];
  gender: (typeof genders)[number];
  problems: Intake['problems'];
  handoffOutcome: (typeof handoffOutcomes)[number] | null;
  referral: 'institution' | 'outcome' | null;
  followUp: { dueAt: number; closedAt: number | null; outcome: 'reached' | 'not-reached' | 'no-longer-needed' | null } | null;
}

/** mulberry32: the same calls on every run, so a failure can be read again. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const counsellorsOf: Record<string, string[]> = { '0591': ['counsellor1', 'counsellor2'], '0592': ['counsellor3'] };
const centreOf: Record<string, string> = { counsellor1: '0591', counsellor2: '0591', counsellor3: '0592' };
const HOUR = 3600_000;

/**
 * `count` calls arriving at random between `from` and `to`, plus any fixed ones given, on the
 * lines 0591, 0592 and plain 12356, with every outcome, call type, risk level, hand-off outcome
 * and follow-up fate among them. Waits run 0-59 s, so some calls are answered within a 20 s or
 * 30 s service level and some beyond it.
 */
export function generateCalls(seed: number, count: number, from: number, to: number, fixed: Partial<GeneratedCall>[] = []): GeneratedCall[] {
  const random = seededRandom(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const categories = Object.keys(problemCategories) as (keyof typeof problemCategories)[];
  const make = (given: Partial<GeneratedCall>, index: number): GeneratedCall => {
    const areaCode = given.areaCode === undefined ? pick(['0591', '0592', null]) : given.areaCode;
    const arrivedAt = given.arrivedAt ?? from + Math.floor(random() * (to - from) / 1000) * 1000;
    const roll = random();
    const outcome = given.outcome ?? (roll < 0.72 ? 'answered' : roll < 0.88 ? 'abandoned' : 'busy');
    const waitSec = given.waitSec ?? (outcome === 'busy' ? 0 : Math.floor(random() * 60));
    const talkSec = outcome === 'answered' ? (given.talkSec ?? 30 + Math.floor(random() * 1800)) : 0;
    const overflowed = given.overflowed ?? (outcome !== 'busy' && random() < 0.1);
    const call = { callId: `gen-${seed}-${index}`, areaCode, arrivedAt, outcome, overflowed, waitSec, talkSec, record: null };
    if (outcome !== 'answered') return call;
    const counsellor = pick(counsellorsOf[areaCode ?? pick(['0591', '0592'])] ?? []);
    const answeredAt = arrivedAt + waitSec * 1000;
    const risk = pick(riskLevels);
    const handoffOutcome = random() < 0.15 ? pick(handoffOutcomes) : null;
    const problems = Array.from({ length: Math.floor(random() * 3) }, () => {
      const category = pick(categories);
      return { category, detail: pick([null, ...problemCategories[category]]) };
    });
    const fate = random();
    const dueAt = answeredAt + 24 * HOUR;
    const followUp =
      (risk === 'high' || risk === 'imminent') && handoffOutcome === null
        ? fate < 0.4
          ? { dueAt, closedAt: dueAt - HOUR, outcome: pick(['reached', 'not-reached'] as const) }
          : fate < 0.6
            ? { dueAt, closedAt: dueAt + 2 * HOUR, outcome: pick(['reached', 'not-reached'] as const) }
            : fate < 0.8
              ? { dueAt, closedAt: dueAt - HOUR, outcome: 'no-longer-needed' as const }
              : { dueAt, closedAt: null, outcome: null }
        : null;
    const referralRoll = random();
    return {
      ...call,
      record: {
        id: randomUUID(),
        counsellor,
        centre: centreOf[counsellor] ?? '0591',
        answeredAt,
        callType: pick(callTypes),
        risk,
        ageBand: pick(ageBands),
        gender: pick(genders),
        problems,
        handoffOutcome,
        referral: referralRoll < 0.1 ? 'institution' : referralRoll < 0.15 ? 'outcome' : null,
        followUp,
        ...given.record,
      },
    };
  };
  return [...fixed.map((given, index) => make(given, count + index)), ...Array.from({ length: count }, (_, index) => make({}, index))];
}

function intakeOf(record: GeneratedRecord): Intake {
  const intake = emptyIntake(record.centre);
  intake.callType = record.callType;
  intake.caller = { ...intake.caller, ageBand: record.ageBand, gender: record.gender };
  intake.problems = record.problems;
  if (record.handoffOutcome) {
    const at = new Date(record.answeredAt + 60_000).toISOString();
    intake.safety.emergencyHandoff = { service: '120', at, outcome: record.handoffOutcome, resolvedAt: record.handoffOutcome === 'pending' ? null : at, note: '' };
  }
  if (record.referral === 'institution') intake.referral.institutionId = 'fz-psych';
  if (record.referral === 'outcome') intake.outcome = 'referred';
  return intake;
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** Writes the calls, their records and follow-ups into `public` (by name) in three statements. */
export async function insertCalls(db: Queryable, calls: GeneratedCall[]): Promise<void> {
  const staff = await db.query<{ id: string; username: string }>('select id, username from public.staff');
  const idOf = (username: string) => staff.find((row) => row.username === username)?.id ?? null;
  const hotline = calls.map((call) => ({
    call_id: call.callId,
    dialled: `${call.areaCode ?? ''}12356`,
    area_code: call.areaCode,
    arrived_at: iso(call.arrivedAt),
    queued_at: call.outcome === 'busy' ? null : iso(call.arrivedAt),
    state: call.outcome === 'answered' ? 'ended' : call.outcome,
    overflowed_at: call.overflowed ? iso(call.arrivedAt + 1000) : null,
    answered_by: call.record ? idOf(call.record.counsellor) : null,
    answered_at: call.record ? iso(call.record.answeredAt) : null,
    finished_at: iso(call.arrivedAt + (call.waitSec + call.talkSec) * 1000),
  }));
  await db.query(
    `insert into public.hotline_calls (call_id, dialled, area_code, arrived_at, queued_at, state, overflowed_at, answered_by, answered_at, finished_at)
     select * from jsonb_to_recordset($1::jsonb) as x(call_id text, dialled text, area_code text, arrived_at timestamptz, queued_at timestamptz,
       state text, overflowed_at timestamptz, answered_by uuid, answered_at timestamptz, finished_at timestamptz)`,
    [JSON.stringify(hotline)],
  );
  const answered = calls.flatMap((call) => (call.record ? [{ call, record: call.record }] : []));
  await insertRecords(db, 'public', answered.map(({ call, record }) => ({ callId: call.callId, areaCode: call.areaCode, talkSec: call.talkSec, record, counsellorId: idOf(record.counsellor) })));
}

/** Records (and their follow-ups) into `schema`: `public`, or `training` for a mock call nobody may count. */
export async function insertRecords(
  db: Queryable,
  schema: 'public' | 'training',
  rows: { callId: string; areaCode: string | null; talkSec: number; record: GeneratedRecord; counsellorId: string | null }[],
): Promise<void> {
  const contacts = rows.map(({ callId, areaCode, talkSec, record, counsellorId }) => ({
    id: record.id,
    call_id: callId,
    dialled: `${areaCode ?? ''}12356`,
    area_code: areaCode,
    counsellor_id: counsellorId,
    centre_area_code: record.centre,
    answered_at: iso(record.answeredAt),
    ended_at: iso(record.answeredAt + talkSec * 1000),
    completed_at: iso(record.answeredAt + talkSec * 1000),
    status: 'completed',
    call_type: record.callType,
    risk_level: record.risk,
    intake: intakeOf(record),
  }));
  await db.query(
    `insert into ${schema}.contacts (id, call_id, dialled, area_code, counsellor_id, centre_area_code, answered_at, ended_at, completed_at, status, call_type, risk_level, intake)
     select * from jsonb_to_recordset($1::jsonb) as x(id uuid, call_id text, dialled text, area_code text, counsellor_id uuid, centre_area_code text,
       answered_at timestamptz, ended_at timestamptz, completed_at timestamptz, status text, call_type text, risk_level text, intake jsonb)`,
    [JSON.stringify(contacts)],
  );
  const followUps = rows.flatMap(({ record }) =>
    record.followUp
      ? [{ contact_id: record.id, centre_area_code: record.centre, risk_level: record.risk, due_at: iso(record.followUp.dueAt), closed_at: iso(record.followUp.closedAt), outcome: record.followUp.outcome }]
      : [],
  );
  await db.query(
    `insert into ${schema}.follow_ups (contact_id, centre_area_code, risk_level, due_at, closed_at, outcome)
     select * from jsonb_to_recordset($1::jsonb) as x(contact_id uuid, centre_area_code text, risk_level text, due_at timestamptz, closed_at timestamptz, outcome text)`,
    [JSON.stringify(followUps)],
  );
}
