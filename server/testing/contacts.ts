import { randomBytes, randomUUID } from 'node:crypto';
import {
  beijingDate,
  emptyIntake,
  type ContactRecord,
  type CreateHandoffRequest,
  type EmergencyHandoff,
  type Intake,
  type Role,
  type StartContactRequest,
  type TransferLogEntry,
} from '../../src/contract';
import { SESSION_COOKIE, startSession } from '../auth/sessions';
import { okJson, type Harness } from './harness';

export const mobile = '13800138000';

export function startRequest(overrides: Partial<StartContactRequest> = {}): StartContactRequest {
  return {
    id: randomUUID(),
    callId: `call-${randomUUID()}`,
    dialled: '059112356',
    callerNumber: mobile,
    answeredAt: new Date().toISOString(),
    ...overrides,
  };
}

/** Opens a record as the signed-in counsellor and answers it. */
export async function startCall(h: Harness, cookie: string, overrides: Partial<StartContactRequest> = {}): Promise<ContactRecord> {
  return okJson<ContactRecord>(await h.call('POST', '/api/contacts', { cookie, body: startRequest(overrides) }));
}

/** An intake edited from the empty form of Fuzhou's line. */
export function intakeWith(edit: (intake: Intake) => void): Intake {
  const intake = structuredClone(emptyIntake('0591'));
  edit(intake);
  return intake;
}

/** Intent to act (C-SSRS 4) makes a high risk; everything else a record needs is filled in. */
export const highRiskIntake = (): Intake =>
  intakeWith((intake) => {
    intake.problems = [{ category: 'self-harm', detail: 'suicidal-thoughts' }];
    intake.screener = { ...intake.screener, wishedDead: 'yes', suicidalThoughts: 'yes', method: 'no', intent: 'yes', plan: 'no', behaviour: 'no' };
    intake.services = ['crisis-intervention'];
    intake.outcome = 'supported';
  });

/** What makes the high-risk record complete: a safety plan and a follow-up call in three days. */
export function withSafetyPlan(intake: Intake): Intake {
  return {
    ...intake,
    safety: { ...intake.safety, safetyPlan: true, safetyPlanNote: '与来电者约定危机时拨打12356或120' },
    followUp: { needed: true, date: beijingDate(Date.now() + 3 * 24 * 3600 * 1000), by: '张咨询员' },
  };
}

/**
 * An attempt in progress, handed to an emergency service, with all a completed record needs; a
 * pending hand-off is completed with the reason the outcome is not known yet.
 */
export function rescueIntake(handoff: Partial<EmergencyHandoff> = {}, location = '福州大学 3 号楼天台'): Intake {
  const intake = highRiskIntake();
  const emergencyHandoff: EmergencyHandoff = { service: '120', at: new Date().toISOString(), outcome: 'pending', resolvedAt: null, note: '', ...handoff };
  return {
    ...intake,
    lifeline: { ...intake.lifeline, intent: { ...intake.lifeline.intent, attemptInProgress: true } },
    imminent: { location, callbackNumber: mobile, means: '安眠药约 20 片', timeTaken: '约 01:30', callerState: '说话含糊', othersPresent: 'no' },
    safety: { ...intake.safety, emergencyHandoff, noActionReason: emergencyHandoff.outcome === 'pending' ? '120 尚未回电告知结果' : '' },
  };
}

export function transferEntry(overrides: Partial<TransferLogEntry> = {}): TransferLogEntry {
  return {
    id: `t-${randomUUID()}`,
    kind: 'conference',
    targetNumber: '120',
    targetName: '医疗急救',
    startedAt: '2026-03-01T02:10:00.000Z',
    connectedAt: '2026-03-01T02:10:08.000Z',
    endedAt: null,
    outcome: 'connected',
    handoffId: null,
    ...overrides,
  };
}

/** A hand-off packet as the browser makes it, with a fresh id and token. */
export function handoffRequest(overrides: Partial<CreateHandoffRequest> = {}): CreateHandoffRequest {
  return {
    id: randomUUID(),
    token: randomBytes(32).toString('base64url'),
    targetNumber: '120',
    location: '福州大学 3 号楼天台',
    callbackNumber: mobile,
    riskLevel: 'imminent',
    means: '安眠药约 20 片',
    timeTaken: '约 01:30',
    callerState: '说话含糊',
    othersPresent: 'no',
    ...overrides,
  };
}

/** A staff member who is not among the demo accounts, signed in; answers the session cookie pair. */
export async function signInNewStaff(
  h: Harness,
  account: { username: string; role: Role; centre: string | null; sipUsername: string },
): Promise<string> {
  const id = randomUUID();
  await h.store.query(
    `insert into staff (id, username, display_name, role, centre_area_code, sip_username, password_hash)
     values ($1, $2, $2, $3, $4, $5, 'no-password')`,
    [id, account.username, account.role, account.centre, account.sipUsername],
  );
  return `${SESSION_COOKIE}=${await startSession(h.store, id)}`;
}

export async function auditCount(h: Harness, action: string, subjectId: string): Promise<number> {
  const [row] = await h.store.query<{ n: number }>(
    'select count(*)::int as n from audit_log where action = $1 and subject_id = $2',
    [action, subjectId],
  );
  return row?.n ?? 0;
}
