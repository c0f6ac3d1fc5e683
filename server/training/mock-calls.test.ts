import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SupervisionGrant } from '../../src/contract';
import type { TrainingCall, TrainingCallView, TrainingGrant } from '../../src/contract/training';
import { intakeWith, signInNewStaff, startCall } from '../testing/contacts';
import { createHarness, okJson, type Harness } from '../testing/harness';
import { grantMockCall, insertScenario, liveMockCall, staffId, vouch } from '../testing/training';

let h: Harness;
type Who = 'trainer1' | 'trainer2' | 'trainee1' | 'counsellor1' | 'supervisor1' | 'admin1';
const cookies = {} as Record<Who, string>;
let traineeId: string;
let scenarioId: string;

beforeAll(async () => {
  h = await createHarness();
  for (const username of ['trainer1', 'trainee1', 'counsellor1', 'supervisor1', 'admin1'] as const) cookies[username] = await h.signIn(username);
  cookies.trainer2 = await signInNewStaff(h, { username: 'trainer-2', role: 'trainer', centre: null, sipUsername: '8202' });
  traineeId = await staffId(h, 'trainee1');
  scenarioId = await insertScenario(h);
});
afterAll(() => h.close());
beforeEach(async () => {
  await h.store.query('truncate training_calls, training.contacts, training.audit_log, training.supervisions, training.supervision_log, seats cascade');
  await h.store.query("delete from audit_log where action like 'training.%'");
});

const start = (who: Who, body: unknown) => h.call('POST', '/api/training/calls', { cookie: cookies[who], body });
const refusals = async () =>
  (await h.store.query<{ why: string }>("select detail->>'why' as why from audit_log where action = 'training.refused' order by at")).map((row) => row.why);

describe('granting a mock call', () => {
  it('gives the trainer a short, single-use grant for the trainee’s seat, its token kept only as a hash', async () => {
    const grant = await grantMockCall(h, cookies.trainer1, traineeId, scenarioId);
    expect(grant).toMatchObject({ extension: '8005', traineeName: '周学员', practiceTarget: 'tr8201' });
    expect(new Date(grant.expiresAt).getTime() - Date.now()).toBeGreaterThan(25_000);
    expect(new Date(grant.expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(30_000);
    const [row] = await h.store.query<{ token_hash: string; state: string; scenario: { id: string; title: string } }>(
      'select token_hash, state, scenario from training_calls where id = $1',
      [grant.id],
    );
    expect(row?.token_hash).not.toContain(grant.token);
    expect(row).toMatchObject({ state: 'granted', scenario: { id: scenarioId, title: '考试失利后的轻生念头' } });
  });

  it.each<[string, Who, number]>([
    ['a counsellor', 'counsellor1', 403],
    ['a supervisor', 'supervisor1', 403],
    ['an admin', 'admin1', 403],
    ['the trainee', 'trainee1', 403],
  ])('refuses %s', async (_name, who, status) => {
    expect((await start(who, { traineeId, scenarioId })).status).toBe(status);
    expect(await h.store.query('select 1 from training_calls')).toHaveLength(0);
  });

  it('refuses a trainee who cannot take calls, a scenario that does not exist or is retired', async () => {
    const trainer = await staffId(h, 'trainer1');
    expect((await start('trainer1', { traineeId: trainer, scenarioId })).status).toBe(404);
    expect((await start('trainer1', { traineeId: '00000000-0000-4000-8000-000000000000', scenarioId })).status).toBe(404);
    expect((await start('trainer1', { traineeId, scenarioId: '00000000-0000-4000-8000-000000000000' })).status).toBe(404);
    expect((await start('trainer1', { traineeId, scenarioId: await insertScenario(h, { retired: true }) })).status).toBe(409);
    expect(await h.store.query('select 1 from training_calls')).toHaveLength(0);
  });

  it('refuses a trainee on a real call or already on a live mock call', async () => {
    await h.store.query("insert into seats (staff_id, status, current_call_id) values ($1, 'on-call', 'real-call')", [traineeId]);
    expect((await start('trainer1', { traineeId, scenarioId })).status).toBe(409);
    await h.store.query("update seats set status = 'available', current_call_id = null where staff_id = $1", [traineeId]);
    await liveMockCall(h, cookies.trainer1, cookies.trainee1, scenarioId);
    expect((await start('trainer2', { traineeId, scenarioId })).status).toBe(409);
  });
});

describe('the trainee’s phone vouching for a mock call', () => {
  it('makes the call live with its SIP Call-ID and tells the phone who the trainer is and where transfers go', async () => {
    const { grant, callId, vouched } = await liveMockCall(h, cookies.trainer1, cookies.trainee1, scenarioId);
    expect(vouched).toEqual({ id: grant.id, trainerName: '林培训师', practiceTarget: 'tr8201', dialled: '059112356' });
    const [row] = await h.store.query('select state, call_id from training_calls where id = $1', [grant.id]);
    expect(row).toEqual({ state: 'live', call_id: callId });
    // Its story is training data: nothing of it in the real audit log.
    expect(await h.store.query("select 1 from audit_log where action like 'training.%'")).toHaveLength(0);
    expect((await h.store.query<{ action: string }>('select action from training.audit_log order by at')).map((r) => r.action)).toEqual([
      'training.granted',
      'training.started',
    ]);
  });

  it('refuses a forged token, an unknown grant, another seat, a used Call-ID, a replay, a second live call and an expired grant, each audited, no alert raised', async () => {
    const grant = await grantMockCall(h, cookies.trainer1, traineeId, scenarioId);
    const second = await grantMockCall(h, cookies.trainer2, traineeId, scenarioId);
    const forged: TrainingGrant = { ...grant, token: 'A'.repeat(43) };
    expect((await vouch(h, cookies.trainee1, forged, 'mock-forged')).status).toBe(403);
    expect((await vouch(h, cookies.trainee1, { ...grant, id: '00000000-0000-4000-8000-000000000000' }, 'mock-unknown')).status).toBe(403);
    expect((await vouch(h, cookies.counsellor1, grant, 'mock-other-seat')).status).toBe(403);
    const real = await startCall(h, cookies.counsellor1);
    expect((await vouch(h, cookies.trainee1, grant, real.callId)).status).toBe(403);
    expect((await vouch(h, cookies.trainee1, grant, 'mock-good')).status).toBe(200);
    expect((await vouch(h, cookies.trainee1, grant, 'mock-good')).status).toBe(403);
    // Two grants for one trainee, both rung: the second is refused while the first is live.
    expect((await vouch(h, cookies.trainee1, second, 'mock-second')).status).toBe(403);

    const late = await grantMockCall(h, cookies.trainer2, await staffId(h, 'counsellor1'), scenarioId);
    await h.store.query("update training_calls set expires_at = now() - interval '1 second' where id = $1", [late.id]);
    expect((await vouch(h, cookies.counsellor1, late, 'mock-late')).status).toBe(403);

    expect(await refusals()).toEqual(['bad-token', 'unknown-grant', 'other-seat', 'call-id-used', 'used', 'trainee-busy', 'expired']);
    expect(await h.store.query('select 1 from centre_alerts union all select 1 from training.centre_alerts')).toHaveLength(0);
  });
});

describe('the trainer’s view and the end of a mock call', () => {
  it('shows its trainer the scenario and the training record as saved, and nobody else', async () => {
    const { grant, callId } = await liveMockCall(h, cookies.trainer1, cookies.trainee1, scenarioId);
    const view = (who: Who) => h.call('GET', `/api/training/calls/${grant.id}`, { cookie: cookies[who] });
    const before = await okJson<TrainingCallView>(await view('trainer1'));
    expect(before).toMatchObject({ call: { state: 'live', callId, traineeName: '周学员', scenarioTitle: '考试失利后的轻生念头' }, scenario: { id: scenarioId }, record: null });
    const record = await startCall(h, cookies.trainee1, { callId });
    expect((await okJson<TrainingCallView>(await view('trainer1'))).record).toMatchObject({ id: record.id, callId, counsellorName: '周学员' });
    expect((await view('trainer2')).status).toBe(404);
    expect((await view('trainee1')).status).toBe(403);
    expect((await view('supervisor1')).status).toBe(403);
  });

  it('tells its trainer of every save of the training record, one a real board would not hear of included', async () => {
    const { grant, callId } = await liveMockCall(h, cookies.trainer1, cookies.trainee1, scenarioId);
    const record = await startCall(h, cookies.trainee1, { callId });
    const heard: unknown[] = [];
    const stop = h.live.subscribe((change) => heard.push(change));
    const located = intakeWith((intake) => {
      intake.imminent.location = '大学城 5 号楼 302';
    });
    expect((await h.call('PUT', `/api/contacts/${record.id}/intake`, { cookie: cookies.trainee1, body: { revision: 1, intake: located } })).status).toBe(200);
    stop();
    expect(heard).toEqual([{ kind: 'training', trainingCallId: grant.id }]);
  });

  it('is ended by its trainer or trainee, each with their own reasons; ending twice keeps the first end', async () => {
    const { grant } = await liveMockCall(h, cookies.trainer1, cookies.trainee1, scenarioId);
    const end = (who: Who, reason: string) => h.call('POST', `/api/training/calls/${grant.id}/end`, { cookie: cookies[who], body: { reason } });
    expect((await end('trainer2', 'trainer-ended')).status).toBe(404);
    expect((await end('counsellor1', 'trainee-ended')).status).toBe(404);
    expect((await end('trainer1', 'trainee-ended')).status).toBe(403);
    expect((await end('trainee1', 'trainer-ended')).status).toBe(403);
    const ended = await okJson<TrainingCall>(await end('trainee1', 'trainee-ended'));
    expect(ended).toMatchObject({ state: 'ended', scored: false });
    expect(await okJson<TrainingCall>(await end('trainer1', 'trainer-ended'))).toEqual(ended);
    const [row] = await h.store.query('select end_reason from training_calls where id = $1', [grant.id]);
    expect(row).toEqual({ end_reason: 'trainee-ended' });
  });
});

describe('requests about a mock call by anyone but its own trainee or trainer', () => {
  it('are answered as if nothing existed', async () => {
    const { callId } = await liveMockCall(h, cookies.trainer1, cookies.trainee1, scenarioId);
    const record = await startCall(h, cookies.trainee1, { callId });
    for (const who of ['counsellor1', 'supervisor1'] as const) {
      expect((await h.call('GET', `/api/contacts/${record.id}`, { cookie: cookies[who] })).status, who).toBe(404);
      expect((await h.call('POST', '/api/callers/history', { cookie: cookies[who], body: { callId, callerNumber: '13800138000' } })).status, who).toBe(404);
    }
    expect((await h.call('POST', '/api/contacts', { cookie: cookies.counsellor1, body: { ...startRecord(callId) } })).status).toBe(404);
    // Nor may a training record take a real record's id, which would hide the real one from its counsellor.
    const real = await startCall(h, cookies.counsellor1);
    expect((await h.call('POST', '/api/contacts', { cookie: cookies.trainee1, body: { ...startRecord(callId), id: real.id } })).status).toBe(409);
    expect((await h.call('GET', `/api/contacts/${real.id}`, { cookie: cookies.counsellor1 })).status).toBe(200);
    // A supervisor of the trainee's centre may not whisper on a mock call; another trainer neither.
    for (const who of ['supervisor1', 'trainer2'] as const) {
      expect((await h.call('POST', '/api/supervision', { cookie: cookies[who], body: { callId, mode: 'whisper' } })).status, who).toBe(404);
    }
    expect(await h.store.query('select 1 from training.supervisions union all select 1 from supervisions')).toHaveLength(0);
  });
});

function startRecord(callId: string) {
  return { id: '11111111-1111-4111-8111-111111111111', callId, dialled: '059112356', callerNumber: '', answeredAt: new Date().toISOString() };
}

describe('the trainer’s whisper on a mock call', () => {
  it('is granted to its trainer only, known to nobody else, and a refused one raises no alert', async () => {
    const { callId } = await liveMockCall(h, cookies.trainer1, cookies.trainee1, scenarioId);
    const grant = await okJson<SupervisionGrant>(await h.call('POST', '/api/supervision', { cookie: cookies.trainer1, body: { callId, mode: 'whisper' } }));
    expect(grant).toMatchObject({ extension: '8005', counsellorName: '周学员', mode: 'whisper' });
    for (const who of ['supervisor1', 'counsellor1', 'trainer2'] as const) {
      expect((await h.call('GET', `/api/supervision/${grant.id}`, { cookie: cookies[who] })).status, who).toBe(404);
    }
    const forged = { token: 'B'.repeat(43), callId };
    expect((await h.call('POST', `/api/supervision/${grant.id}/vouch`, { cookie: cookies.trainee1, body: forged })).status).toBe(403);
    expect(await h.store.query('select 1 from centre_alerts union all select 1 from training.centre_alerts')).toHaveLength(0);
    expect(await h.store.query('select 1 from supervisions')).toHaveLength(0);
  });
});

describe('the signed-in account', () => {
  it('says whether it is still in training', async () => {
    expect(await okJson(await h.call('GET', '/api/me', { cookie: cookies.trainee1 }))).toMatchObject({ username: 'trainee1', trainee: true });
    expect(await okJson(await h.call('GET', '/api/me', { cookie: cookies.counsellor1 }))).toMatchObject({ username: 'counsellor1', trainee: false });
  });
});

describe('routing real calls', () => {
  const routeFor = async (dialled: string) => {
    const query = new URLSearchParams({ dialled, callId: `call-${Math.random()}` });
    const res = await h.pbx(`/api/pbx/route?${query}`);
    return { status: res.status, text: await res.text() };
  };

  it('never offers one to a trainee, nor to a counsellor busy with a mock call', async () => {
    await h.onSeat('trainee1');
    expect(await routeFor('059112356')).toEqual({ status: 404, text: 'nobody-on-duty' });
    const counsellor = await h.onSeat('counsellor1');
    expect(await routeFor('059112356')).toEqual({ status: 200, text: '8001' });
    await liveMockCall(h, cookies.trainer1, counsellor, scenarioId);
    expect(await routeFor('059112356')).toEqual({ status: 404, text: 'queue:300' });
    // A mock call whose phone never said it ended (a closed tab) stops keeping them busy after 2 h.
    await h.store.query("update training_calls set started_at = now() - interval '2 hours 1 minute' where state = 'live'");
    expect(await routeFor('059112356')).toEqual({ status: 200, text: '8001' });
    await liveMockCall(h, cookies.trainer2, counsellor, scenarioId);
    expect((await h.store.query<{ end_reason: string }>("select end_reason from training_calls where state = 'ended'")).map((r) => r.end_reason)).toEqual(['expired']);
  });
});
