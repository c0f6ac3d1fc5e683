import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Scenario, ScenarioDraft, ScenarioList, Trainee, TraineeList, TraineeProgress, TrainingResult, TrainingResultList } from '../../src/contract/training';
import { auditCount, handoffRequest, rescueIntake, signInNewStaff, startCall } from '../testing/contacts';
import { createHarness, okJson, type Harness } from '../testing/harness';
import { builtInScenarios, installBuiltInScenarios } from '../training-library/scenarios';

let h: Harness;
const cookies = {} as Record<'trainer' | 'otherTrainer' | 'counsellor1' | 'counsellor2' | 'supervisor1' | 'admin1', string>;
const staffId = async (username: string) =>
  (await h.store.query<{ id: string }>('select id from staff where username = $1', [username]))[0]?.id ?? '';

beforeAll(async () => {
  h = await createHarness();
  cookies.trainer = await h.signIn('trainer1');
  cookies.otherTrainer = await signInNewStaff(h, { username: 'trainer-2', role: 'trainer', centre: null, sipUsername: '8202' });
  for (const who of ['counsellor1', 'counsellor2', 'supervisor1', 'admin1'] as const) cookies[who] = await h.signIn(who);
});
afterAll(() => h.close());

const get = <T>(path: string, cookie = cookies.trainer, status = 200) => h.call('GET', path, { cookie }).then((res) => okJson<T>(res, status));
const scenarios = async (query = '') => (await get<ScenarioList>(`/api/training/scenarios${query}`)).scenarios;
const pills = async () => (await scenarios()).find((s) => s.title === builtInScenarios['pills-at-night']?.title) as Scenario;

describe('the scenario library', () => {
  it('ships the built-in scenarios, each with its expectations, installed once however often it starts', async () => {
    const titles = (await scenarios()).filter((s) => s.builtIn).map((s) => s.title);
    expect(titles.length).toBeGreaterThanOrEqual(8);
    expect(titles).toEqual(expect.arrayContaining(['深夜吞药的大学生', '沉默来电', '恶作剧来电', '失眠的外卖骑手']));
    await installBuiltInScenarios(h.store);
    expect((await scenarios()).filter((s) => s.builtIn)).toHaveLength(titles.length);
    const [key] = await h.store.query<{ key: string }>(`select built_in_key as key from training_scenarios where draft ->> 'title' = '深夜吞药的大学生'`);
    expect(key?.key).toBe('pills-at-night');
  });

  it('keeps a trainer’s edit and retirement of a built-in scenario when the built-ins are installed again', async () => {
    const scenario = (await scenarios()).find((s) => s.title === '恶作剧来电') as Scenario;
    const { id, builtIn: _b, retiredAt: _r, updatedAt: _u, ...draft } = scenario;
    expect((await h.call('PUT', `/api/training/scenarios/${id}`, { cookie: cookies.trainer, body: { ...draft, title: '恶作剧来电（改）' } })).status).toBe(200);
    expect((await h.call('PUT', `/api/training/scenarios/${id}/retired`, { cookie: cookies.trainer, body: { retired: true } })).status).toBe(200);
    await installBuiltInScenarios(h.store);
    const after = (await scenarios('?retired=include')).filter((s) => s.id === id || s.title === '恶作剧来电');
    expect(after.map((s) => [s.title, s.retiredAt !== null])).toEqual([['恶作剧来电（改）', true]]);
  });

  it('writes, edits, retires and restores a scenario, each audited; retired ones are listed only when asked', async () => {
    const { id: _id, builtIn: _b, retiredAt: _r, updatedAt: _u, ...draft } = await pills();
    const written = await okJson<Scenario>(
      await h.call('POST', '/api/training/scenarios', { cookie: cookies.trainer, body: { ...draft, title: '吞药学生（夜班版）' } }),
      201,
    );
    expect(written).toMatchObject({ title: '吞药学生（夜班版）', builtIn: false, retiredAt: null });
    const edited = await okJson<Scenario>(
      await h.call('PUT', `/api/training/scenarios/${written.id}`, {
        cookie: cookies.trainer,
        body: { ...draft, title: '吞药学生（夜班版）', expected: { ...draft.expected, emergencyService: '110' } },
      }),
    );
    expect(edited.expected.emergencyService).toBe('110');
    await h.call('PUT', `/api/training/scenarios/${written.id}/retired`, { cookie: cookies.trainer, body: { retired: true } });
    expect((await scenarios()).map((s) => s.id)).not.toContain(written.id);
    expect((await scenarios('?retired=include')).map((s) => s.id)).toContain(written.id);
    await h.call('PUT', `/api/training/scenarios/${written.id}/retired`, { cookie: cookies.trainer, body: { retired: false } });
    expect((await scenarios()).map((s) => s.id)).toContain(written.id);
    for (const action of ['scenario.created', 'scenario.edited', 'scenario.retired', 'scenario.restored']) {
      expect(await auditCount(h, action, written.id), action).toBe(1);
    }
  });

  it('refuses a draft the contract does not accept, and an unknown scenario', async () => {
    const { id, builtIn: _b, retiredAt: _r, updatedAt: _u, ...draft } = await pills();
    const bad: unknown[] = [{ ...draft, title: ' ' }, { ...draft, persona: { ...draft.persona, dialled: '12356abc' } }, { ...draft, expected: undefined }];
    for (const body of bad) expect((await h.call('POST', '/api/training/scenarios', { cookie: cookies.trainer, body })).status).toBe(400);
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await h.call('PUT', `/api/training/scenarios/${unknown}`, { cookie: cookies.trainer, body: draft satisfies ScenarioDraft })).status).toBe(404);
    expect((await h.call('PUT', `/api/training/scenarios/${unknown}/retired`, { cookie: cookies.trainer, body: { retired: true } })).status).toBe(404);
    expect(id).toBeTruthy();
  });

  it.each(['counsellor1', 'supervisor1', 'admin1'] as const)('is the trainers’ only: %s is refused', async (who) => {
    const { id, builtIn: _b, retiredAt: _r, updatedAt: _u, ...draft } = await pills();
    expect((await h.call('GET', '/api/training/scenarios', { cookie: cookies[who] })).status).toBe(403);
    expect((await h.call('POST', '/api/training/scenarios', { cookie: cookies[who], body: draft })).status).toBe(403);
    expect((await h.call('PUT', `/api/training/scenarios/${id}`, { cookie: cookies[who], body: draft })).status).toBe(403);
    expect((await h.call('PUT', `/api/training/scenarios/${id}/retired`, { cookie: cookies[who], body: { retired: true } })).status).toBe(403);
    expect((await h.call('GET', '/api/training/trainees', { cookie: cookies[who] })).status).toBe(403);
  });
});

/** A mock call as TAPI's grant and vouch leave it: made from a scenario's snapshot, live or ended. */
async function mockCall(trainee: string, state: 'live' | 'ended', { trainer = 'trainer1', talk = 300, at = new Date(), answered = true } = {}) {
  const scenario = await pills();
  const callId = `training-${crypto.randomUUID()}`;
  const startedAt = new Date(at.getTime() - talk * 1000);
  const [row] = await h.store.query<{ id: string }>(
    `insert into training_calls (scenario_id, scenario, trainer_id, trainee_id, token_hash, granted_at, expires_at, state, call_id, started_at, ended_at)
     values ($1, $2, $3, $4, 'x', $5, $5, $6, $7, $8, $9) returning id`,
    [
      scenario.id,
      JSON.stringify(scenario),
      await staffId(trainer),
      await staffId(trainee),
      startedAt,
      state,
      answered ? callId : null,
      answered ? startedAt : null,
      state === 'ended' ? at : null,
    ],
  );
  return { id: row?.id ?? '', callId };
}

/** The trainee's record of the call, made by the real record code and moved where training data lives. */
async function trainingRecord(trainee: 'counsellor1' | 'counsellor2', callId: string, { callbackNumber = '13800138000' } = {}) {
  const record = await startCall(h, cookies[trainee], { callId });
  const intake = rescueIntake({ outcome: 'reached', resolvedAt: new Date().toISOString() });
  intake.imminent.callbackNumber = callbackNumber;
  intake.referral.institutionId = 'fz-neuro';
  expect((await h.call('PUT', `/api/contacts/${record.id}/intake`, { cookie: cookies[trainee], body: { revision: 1, intake } })).status).toBe(200);
  expect((await h.call('POST', `/api/contacts/${record.id}/handoffs`, { cookie: cookies[trainee], body: handoffRequest({ callbackNumber }) })).status).toBe(200);
  await h.store.transaction(async (tx) => {
    // Every column but the generated ones (migration 021), which PostgreSQL fills in itself.
    const [{ columns } = { columns: '' }] = await tx.query<{ columns: string }>(
      `select string_agg(column_name, ', ' order by ordinal_position) as columns from information_schema.columns
        where table_schema = 'public' and table_name = 'contacts' and is_generated = 'NEVER'`,
    );
    await tx.query(`insert into training.contacts (${columns}) select ${columns} from contacts where id = $1`, [record.id]);
    await tx.query('insert into training.handoffs select * from handoffs where contact_id = $1', [record.id]);
    await tx.query('delete from handoffs where contact_id = $1', [record.id]);
    await tx.query('delete from contacts where id = $1', [record.id]);
  });
}

const judgement = [
  { item: 'rapport', score: 4, comment: '开场自然' },
  { item: 'empathy', score: 5, comment: '' },
  { item: 'collaborative-problem-solving', score: null, comment: '' },
  { item: 'safety-planning', score: 3, comment: '未讨论身边可求助的人' },
];
const score = (id: string, cookie = cookies.trainer, comment = '地址获取及时') =>
  h.call('PUT', `/api/training/calls/${id}/score`, { cookie, body: { judgement, comment } });
const shown = (result: TrainingResult) => result.auto.map((a) => `${a.item}:${a.met ? '✓' : '✗'}`);

describe('scoring a mock call', () => {
  beforeEach(() => h.store.query('truncate training_scores, training_calls, training.contacts, training.handoffs, training.supervisions cascade'));

  it('computes the automatic items from the training record and keeps the trainer’s judgement; scoring again replaces it', async () => {
    const call = await mockCall('counsellor1', 'ended');
    await trainingRecord('counsellor1', call.callId, { callbackNumber: '' });
    const first = await okJson<TrainingResult>(await score(call.id));
    expect(shown(first)).toEqual([
      'risk-level:✓',
      'call-type:✓',
      'screener-asked:✓',
      'location:✓',
      'call-back:✗',
      'emergency-handoff:✓',
      'handoff-packet:✗',
      'referral:✓',
      'protocol-check:✗',
    ]);
    expect(first).toMatchObject({ comment: '地址获取及时', scoredBy: '林培训师', call: { scored: true, scenarioTitle: '深夜吞药的大学生' } });
    expect(first.judgement.map((j) => j.score)).toEqual([4, 5, null, 3]);
    const again = await okJson<TrainingResult>(await score(call.id, cookies.trainer, '复评：回拨号码缺失'));
    expect(again.comment).toBe('复评：回拨号码缺失');
    expect(await h.store.query('select 1 from training_scores where training_call_id = $1', [call.id])).toHaveLength(1);
    expect([await auditCount(h, 'training-call.scored', call.id), await auditCount(h, 'training-call.rescored', call.id)]).toEqual([1, 1]);
  });

  it('counts the trainer’s whisper on the call as the supervisor informed: every item met', async () => {
    const call = await mockCall('counsellor1', 'ended');
    await trainingRecord('counsellor1', call.callId);
    expect(shown(await okJson<TrainingResult>(await score(call.id)))).toContain('protocol-check:✗');
    await h.store.query(
      `insert into training.supervisions (call_id, centre_area_code, supervisor_id, counsellor_id, mode, token_hash, expires_at, state, started_at, ended_at)
       values ($1, '0591', $2, $3, 'whisper', 'x', now(), 'ended', now(), now())`,
      [call.callId, await staffId('trainer1'), await staffId('counsellor1')],
    );
    const rescored = await okJson<TrainingResult>(await score(call.id));
    expect(rescored.auto.filter((a) => !a.met)).toEqual([]);
    expect(shown(rescored)).toHaveLength(9);
  });

  it('scores a call the trainee never recorded as an empty form', async () => {
    const call = await mockCall('counsellor1', 'ended');
    const result = await okJson<TrainingResult>(await score(call.id));
    expect(result.auto.filter((a) => a.met).map((a) => a.item)).toEqual(['call-type', 'protocol-check']);
  });

  it('refuses another trainer, a call still going, an unknown call and anyone not a trainer', async () => {
    const ended = await mockCall('counsellor1', 'ended');
    const live = await mockCall('counsellor2', 'live');
    expect((await score(ended.id, cookies.otherTrainer)).status).toBe(403);
    expect((await score(live.id)).status).toBe(409);
    expect((await score('00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await score(ended.id, cookies.counsellor1)).status).toBe(403);
    expect(await h.store.query('select 1 from training_scores')).toHaveLength(0);
  });

  it('lets the trainee read their own result once the call is over, and nobody else’s', async () => {
    const mine = await mockCall('counsellor1', 'ended');
    const going = await mockCall('counsellor1', 'live');
    const theirs = await mockCall('counsellor2', 'ended');
    await mockCall('counsellor1', 'ended', { answered: false });
    await score(mine.id);
    const result = await get<TrainingResult>(`/api/training/calls/${mine.id}/result`, cookies.counsellor1);
    expect(result.judgement.map((j) => j.score)).toEqual([4, 5, null, 3]);
    expect((await h.call('GET', `/api/training/calls/${going.id}/result`, { cookie: cookies.counsellor1 })).status).toBe(409);
    expect((await h.call('GET', `/api/training/calls/${theirs.id}/result`, { cookie: cookies.counsellor1 })).status).toBe(404);
    expect((await h.call('GET', `/api/training/calls/${mine.id}/result`, { cookie: cookies.supervisor1 })).status).toBe(404);
    expect((await h.call('GET', `/api/training/calls/${mine.id}/result`, { cookie: cookies.admin1 })).status).toBe(403);
    // A trainer reads any call's rubric, unscored ones with no judgement yet.
    const unscored = await get<TrainingResult>(`/api/training/calls/${theirs.id}/result`, cookies.otherTrainer);
    expect([unscored.scoredAt, unscored.judgement.every((j) => j.score === null)]).toEqual([null, true]);
    const list = await get<TrainingResultList>('/api/training/results', cookies.counsellor1);
    expect(list.results.map((r) => r.call.id)).toEqual([mine.id]);
  });
});

describe('trainees', () => {
  beforeEach(async () => {
    await h.store.query('truncate training_scores, training_calls, training.contacts, training.handoffs cascade');
    await h.store.query(`update staff set trainee = (username = 'counsellor1'), signed_off_at = null, signed_off_by = null`);
  });

  it('lists accounts that take calls, those in training first, with their finished mock calls', async () => {
    await mockCall('counsellor1', 'ended');
    await mockCall('counsellor1', 'live');
    // Ended by the trainer before the trainee's phone took it: no practice.
    await mockCall('counsellor1', 'ended', { answered: false });
    const { trainees } = await get<TraineeList>('/api/training/trainees');
    expect(trainees[0]).toMatchObject({ username: 'counsellor1', trainee: true, mockCalls: 1, signedOffAt: null });
    expect(trainees.map((t) => t.username)).toEqual(expect.arrayContaining(['counsellor2', 'supervisor1']));
    expect(trainees.map((t) => t.username)).not.toEqual(expect.arrayContaining(['trainer1']));
    expect(trainees.map((t) => t.username)).not.toContain('admin1');
  });

  it('shows a trainee’s progress: each finished mock call oldest first, its rubric and the practice time', async () => {
    const first = await mockCall('counsellor1', 'ended', { talk: 600, at: new Date(Date.now() - 86_400_000) });
    const second = await mockCall('counsellor1', 'ended', { talk: 420 });
    await mockCall('counsellor1', 'ended', { answered: false });
    await trainingRecord('counsellor1', second.callId);
    await score(second.id);
    const progress = await get<TraineeProgress>(`/api/training/trainees/${await staffId('counsellor1')}/progress`);
    expect(progress.practiceSec).toBe(1020);
    expect(progress.calls.map((c) => [c.callId, c.talkSec])).toEqual([[first.id, 600], [second.id, 420]]);
    expect(progress.calls[1]?.judgement.map((j) => j.score)).toEqual([4, 5, null, 3]);
    expect(progress.calls[1]?.auto.find((a) => a.item === 'location')?.met).toBe(true);
    expect(progress.calls[0]?.auto.find((a) => a.item === 'location')?.met).toBe(false);
  });

  it('signs a trainee off once: the account takes real calls, the sign-off is audited, a second is a conflict', async () => {
    const id = await staffId('counsellor1');
    const signOff = () => h.call('POST', `/api/training/trainees/${id}/sign-off`, { cookie: cookies.trainer, body: { note: '考核通过' } });
    const signed = await okJson<Trainee>(await signOff());
    expect(signed).toMatchObject({ trainee: false, signedOffBy: '林培训师' });
    expect(signed.signedOffAt).not.toBeNull();
    expect(await auditCount(h, 'trainee.signed-off', id)).toBe(1);
    expect((await signOff()).status).toBe(409);
    expect((await h.call('POST', `/api/training/trainees/${await staffId('trainer1')}/sign-off`, { cookie: cookies.trainer, body: { note: '' } })).status).toBe(404);
    expect((await h.call('POST', `/api/training/trainees/${id}/sign-off`, { cookie: cookies.supervisor1, body: { note: '' } })).status).toBe(403);
  });
});
