import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CentreSettings, ContactRecord, FollowUp, Handover, Intake, LiveSnapshot } from '../../src/contract';
import { sweepAlerts } from '../alerts/sweep';
import { snapshotFor } from '../events/snapshot';
import { auditCount, highRiskIntake, intakeWith, rescueIntake, signInNewStaff, startCall, transferEntry, withSafetyPlan } from '../testing/contacts';
import { createHarness, okJson, type Harness } from '../testing/harness';

let h: Harness;
type Who = 'counsellor1' | 'counsellor2' | 'counsellor3' | 'supervisor1' | 'admin1' | 'xiamenSupervisor';
const cookies = {} as Record<Who, string>;
const hour = 3600 * 1000;

beforeAll(async () => {
  h = await createHarness();
  for (const username of ['counsellor1', 'counsellor2', 'counsellor3', 'supervisor1', 'admin1'] as const) cookies[username] = await h.signIn(username);
  cookies.xiamenSupervisor = await signInNewStaff(h, { username: 'supervisor-xm', role: 'supervisor', centre: '0592', sipUsername: '8102' });
});
afterAll(() => h.close());
beforeEach(async () => {
  await h.store.query('truncate centre_alerts, contacts, follow_ups, handoffs, record_handovers cascade');
  await h.store.query('delete from audit_log');
});

/** A call of `who`'s, completed with this intake; answers the completed record. */
async function completed(who: Who, intake: Intake, dialled = '059112356'): Promise<ContactRecord> {
  const record = await startCall(h, cookies[who], { dialled });
  const res = await h.call('POST', `/api/contacts/${record.id}/complete`, {
    cookie: cookies[who],
    body: { intakeRevision: 1, intake, notesRevision: 1, notes: [], transfersRevision: 0, transfers: [] },
  });
  return okJson<ContactRecord>(res);
}

const imminentNoHandoff = (): Intake => {
  const intake = withSafetyPlan(highRiskIntake());
  return {
    ...intake,
    lifeline: { ...intake.lifeline, intent: { ...intake.lifeline.intent, attemptInProgress: true } },
    imminent: { ...rescueIntake().imminent },
  };
};

const list = async (who: Who, state = 'open') =>
  (await okJson<{ followUps: FollowUp[] }>(await h.call('GET', `/api/follow-ups?state=${state}`, { cookie: cookies[who] }))).followUps;
const close = (who: Who, id: string, body: unknown = { outcome: 'reached', note: '来电者情绪平稳，已约定下周再联系' }) =>
  h.call('POST', `/api/follow-ups/${id}/close`, { cookie: cookies[who], body });
const reassign = (who: Who, id: string, assignedToId: string | null) =>
  h.call('PUT', `/api/follow-ups/${id}/assignee`, { cookie: cookies[who], body: { assignedToId } });
const staffId = async (username: string) =>
  (await h.store.query<{ id: string }>('select id from staff where username = $1', [username]))[0]?.id ?? '';

describe('a completed high-risk record', () => {
  it.each<[string, FollowUp['riskLevel'] | null, () => Intake]>([
    ['high risk without a hand-off', 'high', () => withSafetyPlan(highRiskIntake())],
    ['imminent risk without a hand-off', 'imminent', imminentNoHandoff],
    ['imminent risk handed to 120', null, () => rescueIntake()],
    ['a nuisance call', null, () => intakeWith((intake) => (intake.callType = 'prank'))],
  ])('%s leaves a follow-up of level %s', async (_, level, intake) => {
    const record = await completed('counsellor1', intake());
    expect(record.followUp?.riskLevel ?? null).toBe(level);
    if (record.followUp) expect(record.followUp).toMatchObject({ assignedToName: '张咨询员', closedAt: null, callerNumberMasked: '138****8000' });
    expect(await auditCount(h, 'follow-up.create', record.followUp?.id ?? '')).toBe(level ? 1 : 0);
  });

  it('is due the centre’s followUpDueHours after completion (24 by default)', async () => {
    const before = Date.now();
    const first = await completed('counsellor1', withSafetyPlan(highRiskIntake()));
    const due = Date.parse(first.followUp?.dueAt ?? '') - Date.parse(first.completedAt ?? '');
    expect(due).toBe(24 * hour);
    expect(Date.parse(first.completedAt ?? '')).toBeGreaterThanOrEqual(before - 1000);

    const settings = await okJson<CentreSettings>(await h.call('GET', '/api/centres/0591/settings', { cookie: cookies.admin1 }));
    const put = (followUpDueHours: number) =>
      h.call('PUT', '/api/centres/0591/settings', { cookie: cookies.admin1, body: { ...settings, followUpDueHours } });
    expect((await put(4)).status).toBe(200);
    try {
      const second = await completed('counsellor1', withSafetyPlan(highRiskIntake()));
      expect(Date.parse(second.followUp?.dueAt ?? '') - Date.parse(second.completedAt ?? '')).toBe(4 * hour);
    } finally {
      await put(settings.followUpDueHours);
    }
  });
});

describe('the follow-up list', () => {
  it('shows counsellors their own and their centre’s unassigned ones, supervisors their centre’s', async () => {
    const mine = await completed('counsellor1', withSafetyPlan(highRiskIntake()));
    const theirs = await completed('counsellor2', withSafetyPlan(highRiskIntake()));
    const xiamen = await completed('counsellor3', withSafetyPlan(highRiskIntake()), '059212356');
    const ids = (items: FollowUp[]) => items.map((item) => item.contactId).sort();

    expect(ids(await list('counsellor1'))).toEqual([mine.id]);
    expect(ids(await list('counsellor2'))).toEqual([theirs.id]);
    expect(ids(await list('supervisor1'))).toEqual([mine.id, theirs.id].sort());
    expect(ids(await list('xiamenSupervisor'))).toEqual([xiamen.id]);
    expect((await h.call('GET', '/api/follow-ups', { cookie: cookies.admin1 })).status).toBe(403);

    // Left to anyone by a supervisor: every counsellor of the centre sees it, and may dial the caller.
    expect((await reassign('counsellor1', mine.followUp?.id ?? '', null)).status).toBe(403);
    expect((await reassign('xiamenSupervisor', mine.followUp?.id ?? '', null)).status).toBe(404);
    expect((await reassign('supervisor1', mine.followUp?.id ?? '', await staffId('counsellor3'))).status).toBe(422);
    expect((await reassign('supervisor1', mine.followUp?.id ?? '', null)).status).toBe(200);
    expect(ids(await list('counsellor2'))).toEqual([mine.id, theirs.id].sort());
    expect(ids(await list('counsellor3'))).toEqual([xiamen.id]);
    expect((await h.call('POST', `/api/contacts/${mine.id}/caller-number`, { cookie: cookies.counsellor2 })).status).toBe(200);
    expect((await h.call('POST', `/api/contacts/${theirs.id}/caller-number`, { cookie: cookies.counsellor1 })).status).toBe(404);
    expect((await h.call('POST', `/api/contacts/${mine.id}/caller-number`, { cookie: cookies.counsellor3 })).status).toBe(404);

    const assigned = await okJson<FollowUp>(await reassign('supervisor1', mine.followUp?.id ?? '', await staffId('counsellor2')));
    expect(assigned.assignedToName).toBe('李咨询员');
    expect(ids(await list('counsellor1'))).toEqual([]);
    // The refused reassignment (to another centre's counsellor) changed nothing and left no entry.
    expect(await auditCount(h, 'follow-up.reassign', assigned.id)).toBe(2);
  });

  it('closes with an outcome, kept on the record; only the assignee or a supervisor may, and only once', async () => {
    const record = await completed('counsellor1', withSafetyPlan(highRiskIntake()));
    const id = record.followUp?.id ?? '';
    expect((await close('counsellor2', id)).status).toBe(404);
    expect((await close('xiamenSupervisor', id)).status).toBe(404);
    expect((await close('counsellor1', id, { outcome: 'maybe', note: '' })).status).toBe(400);
    const closed = await okJson<FollowUp>(await close('counsellor1', id));
    expect(closed).toMatchObject({ outcome: 'reached', outcomeNote: '来电者情绪平稳，已约定下周再联系', closedByName: '张咨询员' });
    expect((await close('supervisor1', id)).status).toBe(409);
    expect(await list('counsellor1')).toEqual([]);
    expect((await list('counsellor1', 'closed')).map((item) => item.id)).toEqual([id]);

    const reread = await okJson<ContactRecord>(await h.call('GET', `/api/contacts/${record.id}`, { cookie: cookies.counsellor1 }));
    expect(reread.followUp).toMatchObject({ outcome: 'reached', closedByName: '张咨询员' });
    expect(await auditCount(h, 'follow-up.close', id)).toBe(1);
    const [entry] = await h.store.query<{ detail: unknown }>(`select detail from audit_log where action = 'follow-up.close'`);
    expect(JSON.stringify(entry?.detail)).not.toContain('来电者');
  });
});

describe('an overdue follow-up', () => {
  it('raises one alert on the board, about its assignee, flagged in the handover and settled by closing it', async () => {
    const record = await completed('counsellor1', withSafetyPlan(highRiskIntake()));
    const sweep = (at: number) => sweepAlerts({ store: h.store, overrides: h.config.centreSettingsOverrides, live: h.live }, new Date(at));
    const dueAt = Date.parse(record.followUp?.dueAt ?? '');
    const handover = async () => (await okJson<Handover>(await h.call('GET', '/api/shift/handover', { cookie: cookies.counsellor2 }))).followUps;

    expect(await handover()).toEqual([expect.objectContaining({ contactId: record.id, overdue: false, assignedToName: '张咨询员' })]);
    expect(await sweep(dueAt - 1000)).toEqual([]);
    expect(await sweep(dueAt + 1000)).toHaveLength(1);
    expect(await sweep(dueAt + 6000)).toEqual([]);
    const alerts = await h.store.query<{ kind: string; staff: string; followUpId: string }>(
      `select a.kind, s.username as staff, a.follow_up_id as "followUpId" from centre_alerts a join staff s on s.id = a.staff_id`,
    );
    expect(alerts).toEqual([{ kind: 'follow-up-overdue', staff: 'counsellor1', followUpId: record.followUp?.id }]);

    await h.store.query(`update follow_ups set due_at = now() - interval '1 minute'`);
    expect(await handover()).toEqual([expect.objectContaining({ contactId: record.id, overdue: true })]);
    const announced: unknown[] = [];
    const stop = h.live.subscribe((change) => announced.push(change));
    expect((await close('counsellor1', record.followUp?.id ?? '')).status).toBe(200);
    stop();
    expect(await handover()).toEqual([]);
    // The call-back is made: the board's overdue alert is settled by whoever made it, live.
    const settled = await h.store.query<{ id: string; by: string }>(
      `select a.id, s.username as by from centre_alerts a join staff s on s.id = a.acknowledged_by where a.kind = 'follow-up-overdue'`,
    );
    expect(settled).toEqual([{ id: expect.any(String), by: 'counsellor1' }]);
    expect(announced).toContainEqual({ kind: 'alert', alertId: settled[0]?.id });
  });
});

describe('whether a supervisor was informed, and the board’s protocol misses', () => {
  it('counts today’s completed records with misses per counsellor, and is informed by an acknowledged imminent alert', async () => {
    const board = async () => {
      const [me] = await h.store.query<{ id: string }>(`select id from staff where username = 'supervisor1'`);
      const snapshot: LiveSnapshot = await snapshotFor(h.store, { role: 'supervisor', staffId: me?.id ?? '', centre: '0591' }, h.config.centreSettingsOverrides);
      return Object.fromEntries(snapshot.seats.map((seat) => [seat.extension, seat.protocolMissesToday]));
    };
    // Imminent, no supervisor told: the supervisor-informed check is missed.
    const untold = await completed('counsellor1', imminentNoHandoff());
    expect(untold.supervisorInformed).toBe(false);
    expect(await board()).toMatchObject({ '8001': 1, '8002': 0 });

    // The same call, with its imminent alert seen by a supervisor while it was live.
    const record = await startCall(h, cookies.counsellor2);
    const save = await h.call('PUT', `/api/contacts/${record.id}/intake`, { cookie: cookies.counsellor2, body: { revision: 1, intake: imminentNoHandoff() } });
    expect(save.status).toBe(200);
    const [alert] = await h.store.query<{ id: string }>(`select id from centre_alerts where kind = 'imminent-call' and call_id = $1`, [record.callId]);
    expect((await h.call('POST', `/api/alerts/${alert?.id}/acknowledge`, { cookie: cookies.supervisor1 })).status).toBe(200);
    const told = await okJson<ContactRecord>(await h.call('GET', `/api/contacts/${record.id}`, { cookie: cookies.counsellor2 }));
    expect(told.supervisorInformed).toBe(true);
    expect(await board()).toMatchObject({ '8001': 1, '8002': 0 });
  });

  it('is informed by a help request acknowledged during the call, a supervision, or a consultation with a supervisor', async () => {
    const informed = async (record: ContactRecord) =>
      (await okJson<ContactRecord>(await h.call('GET', `/api/contacts/${record.id}`, { cookie: cookies.counsellor1 }))).supervisorInformed;
    const ids = async (username: string) => (await h.store.query<{ id: string }>('select id from staff where username = $1', [username]))[0]?.id;

    const helped = await startCall(h, cookies.counsellor1);
    await h.store.query(
      `insert into centre_alerts (centre_area_code, kind, staff_id, call_id, dedupe_key, acknowledged_by, acknowledged_at)
       values ('0591', 'help', $1, $2, 'help-test', $3, now())`,
      [await ids('counsellor1'), helped.callId, await ids('supervisor1')],
    );
    expect(await informed(helped)).toBe(true);

    const listened = await startCall(h, cookies.counsellor1);
    expect(await informed(listened)).toBe(false);
    await h.store.query(
      `insert into supervisions (call_id, centre_area_code, supervisor_id, counsellor_id, mode, token_hash, expires_at, state, started_at)
       values ($1, '0591', $2, $3, 'listen', 'x', now() + interval '1 minute', 'live', now())`,
      [listened.callId, await ids('supervisor1'), await ids('counsellor1')],
    );
    expect(await informed(listened)).toBe(true);

    const consulted = await startCall(h, cookies.counsellor1);
    const transfers = (targetNumber: string, connectedAt: string | null) => [transferEntry({ kind: 'consult', targetNumber, targetName: '督导', connectedAt })];
    const save = (revision: number, log: unknown) =>
      h.call('PUT', `/api/contacts/${consulted.id}/transfers`, { cookie: cookies.counsellor1, body: { revision, transfers: log } });
    expect((await save(1, transfers('8101', null))).status).toBe(200);
    expect(await informed(consulted)).toBe(false);
    expect((await save(2, transfers('8002', '2026-03-01T02:10:08.000Z'))).status).toBe(200);
    expect(await informed(consulted)).toBe(false);
    expect((await save(3, transfers('8101', '2026-03-01T02:10:08.000Z'))).status).toBe(200);
    expect(await informed(consulted)).toBe(true);
  });
});
