import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CentreAlert, ContactRecord, HelpState, Intake } from '../../src/contract';
import { startAlertSweep, sweepAlerts } from '../alerts/sweep';
import { createApp } from '../app';
import { inProcessBus, type LiveChange } from '../events/bus';
import { auditCount, highRiskIntake, rescueIntake, signInNewStaff, startCall } from '../testing/contacts';
import { createHarness, okJson, requestsTo, type Call, type Harness } from '../testing/harness';

let h: Harness;
let call: Call;
const live = inProcessBus();
const published: LiveChange[] = [];
type Who = 'counsellor1' | 'counsellor2' | 'counsellor3' | 'supervisor1' | 'trainer1' | 'xiamenSupervisor' | 'fuzhouSupervisor2';
const cookies = {} as Record<Who, string>;

beforeAll(async () => {
  h = await createHarness();
  // The harness's own app has a bus nobody can listen to; this one shares its database.
  call = requestsTo(createApp({ store: h.store, config: h.config, clientAddress: () => '127.0.0.1', live }));
  live.subscribe((change) => published.push(change));
  for (const username of ['counsellor1', 'counsellor2', 'counsellor3', 'supervisor1', 'trainer1'] as const) {
    cookies[username] = await h.signIn(username);
  }
  cookies.xiamenSupervisor = await signInNewStaff(h, { username: 'supervisor-xm', role: 'supervisor', centre: '0592', sipUsername: '8102' });
  cookies.fuzhouSupervisor2 = await signInNewStaff(h, { username: 'supervisor-fz2', role: 'supervisor', centre: '0591', sipUsername: '8103' });
});
afterAll(() => h.close());
beforeEach(async () => {
  await h.store.query('truncate centre_alerts, contacts, handoffs, record_handovers, nuisance_numbers, hotline_calls, seats, seat_events, shift_sessions cascade');
  await h.store.query('delete from audit_log');
  published.length = 0;
});

const sweep = (now: Date) => sweepAlerts({ store: h.store, overrides: h.config.centreSettingsOverrides, live }, now);
const alerts = () =>
  h.store.query<{ kind: string; centre: string; staff: string | null; line: string | null }>(
    `select a.kind, a.centre_area_code as centre, s.username as staff, a.line
       from centre_alerts a left join staff s on s.id = a.staff_id order by a.raised_at, a.kind`,
  );
const alertPublished = () => published.filter((change) => change.kind === 'alert');
const help = (who: Who, reason = '') => call('POST', '/api/help', { cookie: cookies[who], body: { reason } });
const acknowledge = (who: Who, id: string) => call('POST', `/api/alerts/${id}/acknowledge`, { cookie: cookies[who] });
const saveIntake = async (who: Who, record: ContactRecord, revision: number, intake: Intake) =>
  expect((await call('PUT', `/api/contacts/${record.id}/intake`, { cookie: cookies[who], body: { revision, intake } })).status).toBe(200);
const seat = async (who: Who, body: unknown) => expect((await call('PUT', '/api/seat', { cookie: cookies[who], body })).status).toBe(200);
const clockIn = async (who: Who) => expect((await call('POST', '/api/shift/clock-in', { cookie: cookies[who] })).status).toBe(200);
const seconds = (from: string | Date, sec: number) => new Date(new Date(from).getTime() + sec * 1000);

describe('help requests', () => {
  it('raises one help alert for the counsellor’s centre, with the reason, however often they ask while it is open', async () => {
    const first = await okJson<CentreAlert>(await help('counsellor1', ' 来电者情绪激动，需要督导支持 '), 201);
    expect(first).toMatchObject({ kind: 'help', staffName: '张咨询员', reason: '来电者情绪激动，需要督导支持', acknowledgedAt: null });
    const again = await okJson<CentreAlert>(await help('counsellor1', '再次请求'), 201);
    expect(again).toEqual(first);
    expect(await alerts()).toEqual([{ kind: 'help', centre: '0591', staff: 'counsellor1', line: null }]);
    expect(alertPublished()).toEqual([{ kind: 'alert', alertId: first.id }]);
  });

  it('shows the counsellor who saw their request, and lets them ask again after that', async () => {
    expect(await okJson<HelpState>(await call('GET', '/api/help', { cookie: cookies.counsellor1 }))).toEqual({ request: null });
    const asked = await okJson<CentreAlert>(await help('counsellor1'), 201);
    expect(asked.reason).toBeNull();
    await okJson(await acknowledge('supervisor1', asked.id));
    const state = await okJson<HelpState>(await call('GET', '/api/help', { cookie: cookies.counsellor1 }));
    expect(state.request).toMatchObject({ id: asked.id, acknowledgedBy: '陈督导', acknowledgedAt: expect.any(String) });
    expect(await okJson<HelpState>(await call('GET', '/api/help', { cookie: cookies.counsellor2 }))).toEqual({ request: null });

    const next = await okJson<CentreAlert>(await help('counsellor1'), 201);
    expect(next.id).not.toBe(asked.id);
    expect((await okJson<HelpState>(await call('GET', '/api/help', { cookie: cookies.counsellor1 }))).request?.id).toBe(next.id);
  });

  it('names the line of the call the counsellor is on', async () => {
    await clockIn('counsellor1');
    const record = await startCall(h, cookies.counsellor1, { dialled: '059112356' });
    await seat('counsellor1', { change: 'on-call', callId: record.callId });
    expect(await okJson<CentreAlert>(await help('counsellor1'), 201)).toMatchObject({ line: '059112356' });
  });

  it('is for counsellors only', async () => {
    for (const who of ['supervisor1', 'trainer1'] as const) expect((await help(who)).status).toBe(403);
    expect(await alerts()).toEqual([]);
  });
});

describe('acknowledging an alert', () => {
  it('records who saw it first and when, audited once; a second acknowledgement keeps the first', async () => {
    const asked = await okJson<CentreAlert>(await help('counsellor1'), 201);
    published.length = 0;
    const seen = await okJson<CentreAlert>(await acknowledge('supervisor1', asked.id));
    expect(seen).toMatchObject({ id: asked.id, acknowledgedBy: '陈督导' });
    expect(Date.now() - Date.parse(seen.acknowledgedAt ?? '')).toBeLessThan(10_000);
    expect(await okJson<CentreAlert>(await acknowledge('fuzhouSupervisor2', asked.id))).toEqual(seen);
    expect(await okJson<CentreAlert>(await acknowledge('supervisor1', asked.id))).toEqual(seen);
    expect(await auditCount(h, 'alert.acknowledged', asked.id)).toBe(1);
    expect(alertPublished()).toEqual([{ kind: 'alert', alertId: asked.id }]);
  });

  it('is refused to a supervisor of another centre (as if it did not exist) and to counsellors', async () => {
    const asked = await okJson<CentreAlert>(await help('counsellor1'), 201);
    expect((await acknowledge('xiamenSupervisor', asked.id)).status).toBe(404);
    expect((await acknowledge('counsellor2', asked.id)).status).toBe(403);
    expect((await acknowledge('counsellor1', asked.id)).status).toBe(403);
    expect((await acknowledge('supervisor1', '00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await okJson<HelpState>(await call('GET', '/api/help', { cookie: cookies.counsellor1 }))).request?.acknowledgedAt).toBeNull();
  });
});

describe('imminent-call alerts', () => {
  it('are raised by the save that makes a live call imminent, once per call, in the counsellor’s centre', async () => {
    const record = await startCall(h, cookies.counsellor1);
    await saveIntake('counsellor1', record, 1, highRiskIntake());
    expect(await alerts()).toEqual([]);
    await saveIntake('counsellor1', record, 2, rescueIntake());
    expect(await alerts()).toEqual([{ kind: 'imminent-call', centre: '0591', staff: 'counsellor1', line: '059112356' }]);
    await saveIntake('counsellor1', record, 3, highRiskIntake());
    await saveIntake('counsellor1', record, 4, rescueIntake());
    expect(await alerts()).toHaveLength(1);
    const [raised] = alertPublished();
    expect(alertPublished()).toHaveLength(1);
    expect((await acknowledge('supervisor1', raised?.kind === 'alert' ? raised.alertId : '')).status).toBe(200);

    const xiamen = await startCall(h, cookies.counsellor3, { dialled: '059212356' });
    await saveIntake('counsellor3', xiamen, 1, rescueIntake());
    expect((await alerts()).map((a) => [a.kind, a.centre, a.staff])).toEqual([
      ['imminent-call', '0591', 'counsellor1'],
      ['imminent-call', '0592', 'counsellor3'],
    ]);
  });

  it('are not raised once the call has ended (the record is written up afterwards)', async () => {
    const record = await startCall(h, cookies.counsellor1);
    expect((await call('POST', `/api/contacts/${record.id}/end`, { cookie: cookies.counsellor1, body: { endedAt: new Date().toISOString() } })).status).toBe(200);
    await saveIntake('counsellor1', record, 1, rescueIntake());
    expect(await alerts()).toEqual([]);
  });
});

describe('the sweep', () => {
  it('raises long-call once, when a call has lasted the centre’s longCallAlertSec', async () => {
    await clockIn('counsellor1');
    const record = await startCall(h, cookies.counsellor1);
    await seat('counsellor1', { change: 'on-call', callId: record.callId });
    const limit = 3600;
    expect(await sweep(seconds(record.answeredAt, limit - 1))).toEqual([]);
    // Two API processes sweeping the same database at the same moment: one alert, told once.
    const raised = (await Promise.all([sweep(seconds(record.answeredAt, limit)), sweep(seconds(record.answeredAt, limit))])).flat();
    expect(raised).toHaveLength(1);
    expect(await sweep(seconds(record.answeredAt, limit + 60))).toEqual([]);
    expect(await alerts()).toEqual([{ kind: 'long-call', centre: '0591', staff: 'counsellor1', line: '059112356' }]);
    expect(alertPublished()).toEqual([{ kind: 'alert', alertId: raised[0] }]);
  });

  it('runs by itself every few seconds in the server process until stopped', async () => {
    await h.store.query(`update centre_settings set settings = settings || '{"longCallAlertSec": 300}' where area_code = '0591'`);
    await clockIn('counsellor1');
    const record = await startCall(h, cookies.counsellor1, { answeredAt: new Date(Date.now() - 301_000).toISOString() });
    await seat('counsellor1', { change: 'on-call', callId: record.callId });
    const told = new Promise<LiveChange>((resolve) => {
      const stop = live.subscribe((change) => {
        stop();
        resolve(change);
      });
    });
    const stopSweep = startAlertSweep({ store: h.store, overrides: h.config.centreSettingsOverrides, live }, 50);
    try {
      expect(await told).toEqual({ kind: 'alert', alertId: expect.any(String) });
      expect(await alerts()).toEqual([{ kind: 'long-call', centre: '0591', staff: 'counsellor1', line: '059112356' }]);
    } finally {
      await stopSweep();
      await h.store.query(`update centre_settings set settings = settings || '{"longCallAlertSec": 3600}' where area_code = '0591'`);
    }
  });

  it('raises rescue-open-long once per hand-off, by each centre’s own rescueOpenAlertSec', async () => {
    await h.store.query(`update centre_settings set settings = settings || '{"rescueOpenAlertSec": 600}' where area_code = '0592'`);
    const handedOverAt = '2026-03-01T02:00:00.000Z';
    const fuzhou = await startCall(h, cookies.counsellor1);
    await saveIntake('counsellor1', fuzhou, 1, rescueIntake({ at: handedOverAt }));
    const xiamen = await startCall(h, cookies.counsellor3, { dialled: '059212356' });
    await saveIntake('counsellor3', xiamen, 1, rescueIntake({ at: handedOverAt }));
    const rescueAlerts = async () => (await alerts()).filter((a) => a.kind === 'rescue-open-long').map((a) => a.centre);

    await sweep(seconds(handedOverAt, 599));
    expect(await rescueAlerts()).toEqual([]);
    await sweep(seconds(handedOverAt, 600));
    expect(await rescueAlerts()).toEqual(['0592']);
    await sweep(seconds(handedOverAt, 1800));
    await sweep(seconds(handedOverAt, 1900));
    expect((await rescueAlerts()).sort()).toEqual(['0591', '0592']);
    await h.store.query(`update centre_settings set settings = settings || '{"rescueOpenAlertSec": 1800}' where area_code = '0592'`);
  });

  it('times a rescue whose stored hand-off time is no real moment from the call’s answer, without failing the sweep', async () => {
    const record = await startCall(h, cookies.counsellor1, { answeredAt: '2026-03-01T02:00:00.000Z' });
    await saveIntake('counsellor1', record, 1, rescueIntake());
    await h.store.query(`update contacts set intake = jsonb_set(intake, '{safety,emergencyHandoff,at}', '"0000-01-01"') where id = $1`, [record.id]);
    await sweep(seconds(record.answeredAt, 1799));
    expect((await alerts()).map((a) => a.kind)).not.toContain('rescue-open-long');
    await sweep(seconds(record.answeredAt, 1800));
    expect((await alerts()).map((a) => a.kind)).toContain('rescue-open-long');
  });

  it('raises nobody-available when a caller has waited past the service level with none of the centre’s counsellors available, once per spell', async () => {
    const joined = new Date('2026-03-01T02:00:00.000Z');
    const waiting = (callId: string, queuedAt: Date) =>
      h.store.query(`insert into hotline_calls (call_id, dialled, area_code, state, queued_at) values ($1, '059112356', '0591', 'waiting', $2)`, [
        callId,
        queuedAt,
      ]);
    const nobody = async () => (await alerts()).filter((a) => a.kind === 'nobody-available').map((a) => [a.centre, a.line]);
    // Counsellor 3 of Xiamen is free all along: another centre's counsellor does not answer Fuzhou's line.
    for (const who of ['counsellor1', 'counsellor3'] as const) {
      const res = await call('POST', '/api/sip/credentials', { cookie: cookies[who], body: { tabId: `tab-${who}` } });
      expect(res.status).toBe(200);
      await clockIn(who);
    }
    await waiting('q-1', joined);
    await sweep(seconds(joined, 60));
    expect(await nobody()).toEqual([]);

    await seat('counsellor1', { change: 'break', kind: 'break' });
    const serviceLevelSec = 20;
    await sweep(seconds(joined, serviceLevelSec - 1));
    expect(await nobody()).toEqual([]);
    await sweep(seconds(joined, serviceLevelSec));
    expect(await nobody()).toEqual([['0591', '059112356']]);
    await waiting('q-2', seconds(joined, 30));
    await sweep(seconds(joined, 80));
    expect(await nobody()).toHaveLength(1);

    const [open] = await h.store.query<{ id: string }>(`select id from centre_alerts where kind = 'nobody-available'`);
    await okJson(await acknowledge('supervisor1', open?.id ?? ''));
    await h.store.query(`update hotline_calls set state = 'answered' where call_id = 'q-1'`);
    await sweep(seconds(joined, 80));
    expect(await nobody()).toEqual([
      ['0591', '059112356'],
      ['0591', '059112356'],
    ]);
  });
});
