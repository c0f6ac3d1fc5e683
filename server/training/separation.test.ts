import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContactRecord, HandoffView, LiveEvent, Supervision, SupervisionGrant } from '../../src/contract';
import type { TrainingCallView } from '../../src/contract/training';
import { handoffRequest, mobile, rescueIntake, startCall, transferEntry } from '../testing/contacts';
import { createHarness, okJson, type Harness } from '../testing/harness';
import { readSse, type SseReader } from '../testing/sse';
import { insertScenario, liveMockCall } from '../testing/training';

/**
 * THE wall between training and real data (#14): a whole mock call, run through the API as the
 * trainee's workstation and the trainer's console run it, leaves every real list, figure,
 * history, alert and table exactly as it was; everything it made is in the training schema.
 */
let h: Harness;
const cookies: Record<string, string> = {};
let realCall: ContactRecord;
let scenarioId: string;
const streams: SseReader[] = [];
const since = new Date(Date.now() - 24 * 3600_000).toISOString();

beforeAll(async () => {
  h = await createHarness();
  for (const name of ['trainer1', 'supervisor1', 'admin1']) cookies[name] = await h.signIn(name);
  for (const name of ['trainee1', 'counsellor1']) cookies[name] = await h.onSeat(name);
  // A real call from the number the mock caller will give: it has a history to protect.
  realCall = await startCall(h, cookies.counsellor1 ?? '', { callerNumber: mobile });
  await h.call('PUT', '/api/seat', { cookie: cookies.counsellor1, body: { change: 'on-call', callId: realCall.callId } });
  scenarioId = await insertScenario(h);
});
afterAll(async () => {
  await Promise.all(streams.map((s) => s.close()));
  await h.close();
});

async function stream(who: string): Promise<{ sse: SseReader; first: LiveEvent }> {
  const res = await h.call('GET', '/api/events', { cookie: cookies[who] });
  const sse = readSse(res);
  streams.push(sse);
  return { sse, first: await sse.next() };
}

async function get(who: string, path: string): Promise<unknown> {
  return okJson(await h.call('GET', path, { cookie: cookies[who] }));
}

/** Every real answer a mock call could touch, as each role sees it; `at` (the time of asking) left out. */
async function realAnswers(): Promise<Record<string, unknown>> {
  const snapshot = async (who: string) => {
    const { sse, first } = await stream(who);
    await sse.close();
    return first.type === 'snapshot' ? { ...first.snapshot, at: null } : first;
  };
  return {
    counsellorContacts: await get('counsellor1', '/api/contacts'),
    traineeContacts: await get('trainee1', '/api/contacts'),
    centreContacts: await get('supervisor1', '/api/contacts?scope=centre'),
    supervisorBoard: await snapshot('supervisor1'),
    adminBoard: await snapshot('admin1'),
    traineeSeat: await snapshot('trainee1'),
    lineStats: await get('supervisor1', `/api/stats/lines?since=${encodeURIComponent(since)}`),
    callerHistory: await okJson(
      await h.call('POST', '/api/callers/history', { cookie: cookies.counsellor1, body: { callId: realCall.callId, callerNumber: mobile } }),
    ),
    rescues: await get('supervisor1', '/api/rescues?scope=centre'),
    traineeRescues: await get('trainee1', '/api/rescues'),
    recordHandovers: await get('supervisor1', '/api/record-handovers'),
    nuisanceListings: await get('supervisor1', '/api/nuisance/listings'),
    nuisanceSuggestions: await get('supervisor1', '/api/nuisance/suggestions'),
    followUps: await get('supervisor1', '/api/follow-ups?state=open'),
    traineeFollowUps: await get('trainee1', '/api/follow-ups?state=open'),
    review: await get('supervisor1', '/api/review/records'),
    traineeHelp: await get('trainee1', '/api/help'),
  };
}

/**
 * A checksum of every public table. Left out, each for a reason: sessions slide their last use
 * with every request (the observers' too); the real audit log gains the observers' own reads; and
 * training_calls is where a mock call's grant lives, by design (migration 016).
 */
const notCompared = new Set(['sessions', 'audit_log', 'training_calls']);

async function publicTables(): Promise<Record<string, string>> {
  const tables = await h.store.query<{ name: string }>(
    "select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1",
  );
  const sums: Record<string, string> = {};
  for (const { name } of tables) {
    if (notCompared.has(name)) continue;
    const [row] = await h.store.query<{ sum: string }>(
      `select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') as sum from public.${name} t`,
    );
    sums[name] = row?.sum ?? '';
  }
  return sums;
}

/** The real audit log's entries about the trainee, the trainer or the mock call's records. */
const realAuditOfTraining = () =>
  h.store.query(
    `select action from public.audit_log a
      where a.staff_id in (select id from staff where username in ('trainee1', 'trainer1')) or a.action like 'training.%'
         or a.subject_id in (select id::text from training.contacts union select id::text from training.handoffs union select id::text from training.supervisions)`,
  );

describe('a whole mock call', () => {
  it('changes no real answer and no real table; it is all in the training schema, and only its trainer hears of it', async () => {
    const answersBefore = await realAnswers();
    const tablesBefore = await publicTables();
    const auditBefore = await realAuditOfTraining();
    const trainerStream = await stream('trainer1');
    const supervisorStream = await stream('supervisor1');

    const t = cookies.trainee1;
    const { grant, callId } = await liveMockCall(h, cookies.trainer1 ?? '', t ?? '', scenarioId);
    const call = (method: string, path: string, body?: unknown, who = 'trainee1') =>
      h.call(method, path, { cookie: cookies[who], ...(body !== undefined && { body }) });
    const ok = async <T>(res: Promise<Response> | Response, status = 200) => okJson<T>(await res, status);

    // The trainee's workstation: seat, history, record, intake, notes, 120 hand-off and transfer.
    await ok(call('PUT', '/api/seat', { change: 'on-call', callId }));
    const record = await startCall(h, t ?? '', { callId, callerNumber: mobile });
    await ok(call('POST', '/api/callers/history', { callId, callerNumber: mobile }));
    await ok(call('PUT', `/api/contacts/${record.id}/intake`, { revision: 1, intake: rescueIntake() }));
    const notes = [{ id: 'n1', atSec: 40, text: '来电者说想死，已经吃了安眠药', edited: false }];
    await ok(call('PUT', `/api/contacts/${record.id}/notes`, { revision: 1, notes }));
    const packet = handoffRequest();
    const handoff = await ok<HandoffView>(call('POST', `/api/contacts/${record.id}/handoffs`, packet));
    const transfers = [transferEntry({ handoffId: packet.id })];
    await ok(call('PUT', `/api/contacts/${record.id}/transfers`, { revision: 1, transfers }));
    // The practice target (the trainer's console) reads the packet with the token.
    await ok(h.call('POST', `/api/handoffs/${packet.id}/read`, { body: { token: packet.token } }));
    await ok(call('POST', '/api/help', { reason: '需要督导' }), 201);

    // The trainer whispers a hint; the trainee's phone vouches for it; the trainer leaves.
    const whisper = await ok<SupervisionGrant>(call('POST', '/api/supervision', { callId, mode: 'whisper' }, 'trainer1'));
    await ok<Supervision>(call('POST', `/api/supervision/${whisper.id}/vouch`, { token: whisper.token, callId }));
    await ok(call('PATCH', `/api/supervision/${whisper.id}`, { mode: 'listen' }, 'trainer1'));
    await ok(call('POST', `/api/supervision/${whisper.id}/end`, { reason: 'supervisor-left' }, 'trainer1'));

    // Hang up, wrap up, complete; suggest the number for the nuisance list; close the rescue.
    await ok(call('POST', `/api/contacts/${record.id}/end`, { endedAt: new Date().toISOString() }));
    await ok(call('PUT', '/api/seat', { change: 'wrap-up', callId }));
    await ok(call('POST', `/api/training/calls/${grant.id}/end`, { reason: 'trainee-ended' }));
    const completion = { intakeRevision: 2, intake: rescueIntake(), notesRevision: 2, notes, transfersRevision: 2, transfers };
    await ok(call('POST', `/api/contacts/${record.id}/complete`, completion));
    await ok(call('POST', `/api/contacts/${record.id}/nuisance-suggestion`, { reason: '练习：骚扰来电' }));
    await ok(call('PUT', `/api/rescues/${record.id}`, { outcome: 'reached', note: '120 已到达' }));

    // Everything the call made is training data, and its trainer sees the record as saved.
    const view = await ok<TrainingCallView>(call('GET', `/api/training/calls/${grant.id}`, undefined, 'trainer1'));
    expect(view.record).toMatchObject({ id: record.id, status: 'completed', riskLevel: 'imminent' });
    expect(view.record?.supervisionLog.map((entry) => entry.change)).toEqual(['started', 'mode-changed', 'ended']);
    const count = async (table: string) => (await h.store.query<{ n: number }>(`select count(*)::int as n from training.${table}`))[0]?.n;
    expect({
      contacts: await count('contacts'),
      handoffs: await count('handoffs'),
      supervisions: await count('supervisions'),
      supervision_log: await count('supervision_log'),
      nuisance_suggestions: await count('nuisance_suggestions'),
    }).toEqual({ contacts: 1, handoffs: 1, supervisions: 1, supervision_log: 3, nuisance_suggestions: 1 });
    expect(await count('centre_alerts')).toBeGreaterThanOrEqual(2); // the imminent risk and the help request
    expect(handoff.contactId).toBe(record.id);

    // Nothing real changed.
    expect(await realAnswers()).toEqual(answersBefore);
    expect(await publicTables()).toEqual(tablesBefore);
    expect(await realAuditOfTraining()).toEqual(auditBefore);

    // The trainer heard of the call; the supervisor's next event is a real one, made after it all.
    expect(await trainerStream.sse.next()).toEqual({ type: 'training-call', id: grant.id });
    await h.call('PUT', '/api/seat', { cookie: cookies.counsellor1, body: { change: 'wrap-up', callId: realCall.callId } });
    expect(await supervisorStream.sse.next()).toMatchObject({
      type: 'seat-changed',
      seat: { staffId: realCall.counsellorId, seat: { status: 'wrap-up' } },
    });
  });
});
