import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { BoardSeat, ContactRecord, Supervision, SupervisionGrant } from '../../src/contract';
import { createApp } from '../app';
import { boardSeats } from '../events/board';
import { inProcessBus, type LiveChange } from '../events/bus';
import { signInNewStaff, startCall } from '../testing/contacts';
import { createHarness, okJson, requestsTo, type Call, type Harness } from '../testing/harness';

let h: Harness;
let call: Call;
const live = inProcessBus();
const published: LiveChange[] = [];
type Who = 'counsellor1' | 'counsellor2' | 'supervisor1' | 'trainer1' | 'admin1' | 'xiamenSupervisor' | 'fuzhouSupervisor2';
const cookies = {} as Record<Who, string>;

beforeAll(async () => {
  h = await createHarness();
  call = requestsTo(createApp({ store: h.store, config: h.config, clientAddress: () => '127.0.0.1', live }));
  live.subscribe((change) => published.push(change));
  for (const username of ['counsellor1', 'counsellor2', 'supervisor1', 'trainer1', 'admin1'] as const) cookies[username] = await h.signIn(username);
  cookies.xiamenSupervisor = await signInNewStaff(h, { username: 'supervisor-xm', role: 'supervisor', centre: '0592', sipUsername: '8102' });
  cookies.fuzhouSupervisor2 = await signInNewStaff(h, { username: 'supervisor-fz2', role: 'supervisor', centre: '0591', sipUsername: '8103' });
});
afterAll(() => h.close());
beforeEach(async () => {
  await h.store.query('truncate supervision_log, supervisions, centre_alerts, contacts, seats, seat_events, shift_sessions cascade');
  await h.store.query('delete from audit_log');
  published.length = 0;
});

const CALL = 'sup-call-1@test';
async function onCall(who: Who = 'counsellor1', callId = CALL): Promise<ContactRecord> {
  expect((await call('POST', '/api/shift/clock-in', { cookie: cookies[who] })).status).toBe(200);
  expect((await call('PUT', '/api/seat', { cookie: cookies[who], body: { change: 'on-call', callId } })).status).toBe(200);
  return startCall(h, cookies[who], { callId });
}
const grant = (who: Who, callId = CALL, mode = 'listen') => call('POST', '/api/supervision', { cookie: cookies[who], body: { callId, mode } });
const vouch = (who: Who, g: Pick<SupervisionGrant, 'id' | 'token'>, callId = CALL) =>
  call('POST', `/api/supervision/${g.id}/vouch`, { cookie: cookies[who], body: { token: g.token, callId } });
const granted = async (who: Who = 'supervisor1', mode = 'listen') => okJson<SupervisionGrant>(await grant(who, CALL, mode));
const audits = async (action: string) =>
  (await h.store.query<{ n: number }>('select count(*)::int as n from audit_log where action = $1', [action]))[0]?.n;
const boardSeatOf = async (extension: string): Promise<BoardSeat | undefined> =>
  (await boardSeats(h.store, { centre: '0591' }, h.config.centreSettingsOverrides, Date.now())).find((seat) => seat.extension === extension);

describe('supervision grants', () => {
  it('gives a supervisor of the centre a short-lived grant to dial the counsellor’s seat with', async () => {
    await onCall();
    const g = await granted();
    expect(g).toMatchObject({ callId: CALL, mode: 'listen', extension: '8001', counsellorName: '张咨询员' });
    expect(g.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(new Date(g.expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(30_000);
    expect(await audits('supervision.granted')).toBe(1);
    // Only the hash is kept.
    const [row] = await h.store.query<{ token_hash: string }>('select token_hash from supervisions where id = $1', [g.id]);
    expect(row?.token_hash).not.toContain(g.token);
  });

  it.each<[string, Who, number]>([
    ['a supervisor of another centre', 'xiamenSupervisor', 404],
    ['a counsellor', 'counsellor2', 403],
    // A trainer whispers on their own mock calls only (server/training): a real call does not exist for them.
    ['a trainer', 'trainer1', 404],
    ['an admin', 'admin1', 403],
  ])('refuses %s', async (_name, who, status) => {
    await onCall();
    expect((await grant(who)).status).toBe(status);
    expect(await h.store.query('select 1 from supervisions')).toHaveLength(0);
  });

  it('refuses a call that is not live: unknown, or already in wrap-up', async () => {
    expect((await grant('supervisor1', 'nobody@test')).status).toBe(404);
    await onCall();
    expect((await call('PUT', '/api/seat', { cookie: cookies.counsellor1, body: { change: 'wrap-up', callId: CALL } })).status).toBe(200);
    expect((await grant('supervisor1')).status).toBe(404);
  });

  it('refuses a second supervisor while one is on the call', async () => {
    await onCall();
    const g = await granted();
    expect((await vouch('counsellor1', g)).status).toBe(200);
    expect((await grant('fuzhouSupervisor2')).status).toBe(409);
  });
});

describe('vouching for a supervision call', () => {
  it('vouches once for the counsellor of the call, logs it on the record and shows it on the board', async () => {
    const record = await onCall();
    const g = await granted('supervisor1', 'whisper');
    const supervision = await okJson<Supervision>(await vouch('counsellor1', g));
    expect(supervision).toMatchObject({ state: 'live', mode: 'whisper', supervisorName: '陈督导', callId: CALL, endReason: null });
    expect(published).toContainEqual({ kind: 'supervision', change: 'started', supervisionId: g.id, staffId: supervision.counsellorId, callId: CALL });
    expect((await boardSeatOf('8001'))?.call?.supervisedBy).toEqual({ name: '陈督导', mode: 'whisper' });
    const read = await okJson<ContactRecord>(await call('GET', `/api/contacts/${record.id}`, { cookie: cookies.counsellor1 }));
    expect(read.supervisionLog).toMatchObject([{ change: 'started', mode: 'whisper', supervisorName: '陈督导' }]);
  });

  // The refusal is logged on the call the asking seat named: for a seat not on the call, not on this record.
  it.each<[string, (g: SupervisionGrant) => Promise<Response>, boolean]>([
    ['a forged token', (g) => vouch('counsellor1', { id: g.id, token: 'x'.repeat(43) }), true],
    ['an unknown grant', (g) => vouch('counsellor1', { id: crypto.randomUUID(), token: g.token }), true],
    ['another call of the seat', (g) => vouch('counsellor1', g, 'other-call@test'), false],
    ['another counsellor', (g) => vouch('counsellor2', g), true],
  ])('refuses %s, and reports it to the centre’s supervisors and on the record', async (_name, attempt, logsOnRecord) => {
    const record = await onCall();
    const g = await granted();
    expect((await attempt(g)).status).toBe(403);
    expect(await audits('supervision.refused')).toBe(1);
    const [state] = await h.store.query<{ state: string }>('select state from supervisions where id = $1', [g.id]);
    expect(state?.state).toBe('granted');
    const alerts = await h.store.query<{ kind: string }>("select kind from centre_alerts where kind = 'supervision-refused'");
    expect(alerts).toHaveLength(1);
    expect(published.some((change) => change.kind === 'alert')).toBe(true);
    if (logsOnRecord) {
      const read = await okJson<ContactRecord>(await call('GET', `/api/contacts/${record.id}`, { cookie: cookies.counsellor1 }));
      expect(read.supervisionLog.map((entry) => entry.change)).toEqual(['refused']);
    }
  });

  it('refuses a replayed grant, and pages the supervisors once for it', async () => {
    await onCall();
    const g = await granted();
    expect((await vouch('counsellor1', g)).status).toBe(200);
    expect((await vouch('counsellor1', g)).status).toBe(403);
    expect((await vouch('counsellor1', g)).status).toBe(403);
    expect(await h.store.query("select 1 from centre_alerts where kind = 'supervision-refused'")).toHaveLength(1);
  });

  it('refuses an expired grant', async () => {
    await onCall();
    const g = await granted();
    await h.store.query("update supervisions set expires_at = now() - interval '1 second' where id = $1", [g.id]);
    expect((await vouch('counsellor1', g)).status).toBe(403);
  });
});

describe('during and after supervision', () => {
  async function live(mode = 'listen') {
    const record = await onCall();
    const g = await granted('supervisor1', mode);
    await okJson<Supervision>(await vouch('counsellor1', g));
    return { record, g };
  }
  const patch = (who: Who, id: string, mode: string) => call('PATCH', `/api/supervision/${id}`, { cookie: cookies[who], body: { mode } });
  const end = (who: Who, id: string, reason: string) => call('POST', `/api/supervision/${id}/end`, { cookie: cookies[who], body: { reason } });

  it('switches mode listen → whisper → barge → listen, each logged and announced, and the counsellor reads it', async () => {
    const { record, g } = await live();
    for (const mode of ['whisper', 'barge', 'listen']) expect(await okJson<Supervision>(await patch('supervisor1', g.id, mode))).toMatchObject({ mode });
    expect(await okJson<Supervision>(await call('GET', `/api/supervision/${g.id}`, { cookie: cookies.counsellor1 }))).toMatchObject({ mode: 'listen' });
    expect(published.filter((change) => change.kind === 'supervision').map((change) => change.kind === 'supervision' && change.change)).toEqual([
      'started',
      'changed',
      'changed',
      'changed',
    ]);
    expect(await audits('supervision.mode_changed')).toBe(3);
    const read = await okJson<ContactRecord>(await call('GET', `/api/contacts/${record.id}`, { cookie: cookies.supervisor1 }));
    expect(read.supervisionLog.map((entry) => `${entry.change}:${entry.mode}`)).toEqual(['started:listen', 'mode-changed:whisper', 'mode-changed:barge', 'mode-changed:listen']);
  });

  it('lets only its supervisor change the mode; others do not see it at all', async () => {
    const { g } = await live();
    expect((await patch('counsellor1', g.id, 'barge')).status).toBe(403);
    expect((await patch('fuzhouSupervisor2', g.id, 'barge')).status).toBe(404);
    expect((await call('GET', `/api/supervision/${g.id}`, { cookie: cookies.fuzhouSupervisor2 })).status).toBe(404);
    expect((await call('GET', `/api/supervision/${g.id}`, { cookie: cookies.counsellor2 })).status).toBe(404);
  });

  it('ends when the supervisor leaves; a second end keeps the first', async () => {
    const { g } = await live();
    expect((await end('supervisor1', g.id, 'counsellor-ended')).status).toBe(403);
    expect(await okJson<Supervision>(await end('supervisor1', g.id, 'supervisor-left'))).toMatchObject({ state: 'ended', endReason: 'supervisor-left' });
    expect(await okJson<Supervision>(await end('counsellor1', g.id, 'call-ended'))).toMatchObject({ endReason: 'supervisor-left' });
    expect((await patch('supervisor1', g.id, 'barge')).status).toBe(409);
  });

  it('ends with the call: the seat leaving the call ends it, logged on the record', async () => {
    const { record, g } = await live('barge');
    expect((await call('PUT', '/api/seat', { cookie: cookies.counsellor1, body: { change: 'wrap-up', callId: CALL } })).status).toBe(200);
    expect(await okJson<Supervision>(await call('GET', `/api/supervision/${g.id}`, { cookie: cookies.supervisor1 }))).toMatchObject({
      state: 'ended',
      endReason: 'call-ended',
    });
    const read = await okJson<ContactRecord>(await call('GET', `/api/contacts/${record.id}`, { cookie: cookies.counsellor1 }));
    expect(read.supervisionLog.map((entry) => `${entry.change}:${entry.endReason ?? ''}`)).toEqual(['started:', 'ended:call-ended']);
  });

  it('names the supervisor and mode on the seat board while it lasts, and nobody after', async () => {
    const { g } = await live('whisper');
    await patch('supervisor1', g.id, 'barge');
    expect((await boardSeatOf('8001'))?.call?.supervisedBy).toEqual({ name: '陈督导', mode: 'barge' });
    await end('supervisor1', g.id, 'supervisor-left');
    expect((await boardSeatOf('8001'))?.call?.supervisedBy).toBeNull();
  });
});
