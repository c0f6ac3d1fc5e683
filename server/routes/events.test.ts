import { OpenAPIHono } from '@hono/zod-openapi';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { LiveEvent, LiveSnapshot } from '../../src/contract';
import { inProcessBus, type LiveBus, type LiveChange } from '../events/bus';
import { handleError } from '../http/errors';
import type { AppEnv, Deps } from '../http/types';
import { createCallQueue } from '../queue/service';
import { handoffRequest, highRiskIntake, rescueIntake, startCall } from '../testing/contacts';
import { createHarness, type Harness } from '../testing/harness';
import { readSse, type SseReader } from '../testing/sse';
import { eventRoutes } from './events';

/** The in-process bus, counting its listeners: a stream left subscribed after its client went away is a leak. */
function countingBus(): LiveBus & { listeners: () => number } {
  const bus = inProcessBus();
  let listeners = 0;
  return {
    publish: (change) => bus.publish(change),
    subscribe(listener) {
      listeners += 1;
      const unsubscribe = bus.subscribe(listener);
      return () => {
        listeners -= 1;
        unsubscribe();
      };
    },
    close: () => bus.close(),
    listeners: () => listeners,
  };
}

const bus = countingBus();
let h: Harness;
const cookies: Record<string, string> = {};
const ids: Record<string, string> = {};
const open: SseReader[] = [];

beforeAll(async () => {
  h = await createHarness({ live: bus });
  for (const name of ['counsellor1', 'counsellor2', 'counsellor3']) cookies[name] = await h.onSeat(name);
  for (const name of ['supervisor1', 'admin1', 'trainer1']) cookies[name] = await h.signIn(name);
  for (const row of await h.store.query<{ id: string; username: string }>('select id, username from staff')) ids[row.username] = row.id;
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((reader) => reader.close()));
});
afterAll(() => h.close());

async function connect(who: string): Promise<{ sse: SseReader; snapshot: LiveSnapshot }> {
  const res = await h.call('GET', '/api/events', { cookie: cookies[who] });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
  const sse = readSse(res);
  open.push(sse);
  const first = await sse.next();
  if (first.type !== 'snapshot') throw new Error(`first event was ${first.type}`);
  return { sse, snapshot: first.snapshot };
}

/** Each named viewer's stream, its snapshot already read. */
async function connectEach<N extends string>(...names: N[]): Promise<Record<N, SseReader>> {
  const streams = await Promise.all(names.map(async (name) => [name, (await connect(name)).sse] as const));
  return Object.fromEntries(streams) as Record<N, SseReader>;
}

function cookieOf(who: string): string {
  const cookie = cookies[who];
  if (!cookie) throw new Error(`${who} is not signed in`);
  return cookie;
}

const seatChange = (who: string, body: unknown) => h.call('PUT', '/api/seat', { cookie: cookies[who], body });
const takeBreak = (who: string) => seatChange(who, { change: 'break', kind: 'break' });
const backToWork = (who: string) => seatChange(who, { change: 'available' });

/** The event must be about `who`'s seat: proves every event before it (none about others) was skipped. */
function expectOwnSeat(event: LiveEvent, who: string): void {
  expect(event).toMatchObject({ type: 'seat-changed', seat: { staffId: ids[who] } });
}


/** The app's dependencies around a bus of the test's own (the stream's routes use no queue). */
function depsWith(live: LiveBus): Deps {
  const queue = createCallQueue({ store: h.store, overrides: h.config.centreSettingsOverrides, live, release: async () => 'released' });
  return { store: h.store, config: h.config, clientAddress: () => '127.0.0.1', live, queue, trainingScopeOf: async () => undefined };
}

describe('GET /api/events', () => {
  it('refuses the signed-out', async () => {
    expect((await h.call('GET', '/api/events')).status).toBe(401);
  });

  it('is documented in the OpenAPI document as a text/event-stream of LiveEvent', async () => {
    const doc = (await (await h.call('GET', '/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>>;
    };
    expect(doc.paths['/api/events']?.get?.responses['200']?.content?.['text/event-stream']?.schema).toEqual({ $ref: '#/components/schemas/LiveEvent' });
  });

  it('starts with a snapshot of what each role may see', async () => {
    const seatsOf = (snapshot: LiveSnapshot) => snapshot.seats.map((seat) => seat.staffId).sort();
    const linesOf = (snapshot: LiveSnapshot) => snapshot.queue.map((queue) => queue.line).sort();
    const counsellor = (await connect('counsellor1')).snapshot;
    expect(seatsOf(counsellor)).toEqual([ids.counsellor1]);
    expect(linesOf(counsellor)).toEqual(['059112356', '12356']);
    const supervisor = (await connect('supervisor1')).snapshot;
    // The trainee is one of the centre's counsellors: on the board, though never offered a real call.
    expect(seatsOf(supervisor)).toEqual([ids.counsellor1, ids.counsellor2, ids.trainee1].sort());
    expect(supervisor.seats.filter((seat) => seat.trainee).map((seat) => seat.staffId)).toEqual([ids.trainee1]);
    expect(linesOf(supervisor)).toEqual(['059112356', '12356']);
    const admin = (await connect('admin1')).snapshot;
    expect(seatsOf(admin)).toEqual([ids.counsellor1, ids.counsellor2, ids.counsellor3, ids.trainee1].sort());
    expect(linesOf(admin)).toContain('059212356');
    // A trainer's stream carries their mock calls only: no real seat, line or alert.
    const trainer = (await connect('trainer1')).snapshot;
    expect([trainer.seats, trainer.queue, trainer.alerts]).toEqual([[], [], []]);
  });

  it('a seat change reaches the centre’s supervisor and the counsellor, never a colleague or another centre', async () => {
    const { supervisor1: supervisor, counsellor1: c1, counsellor2: c2, counsellor3: c3 } = await connectEach(
      'supervisor1',
      'counsellor1',
      'counsellor2',
      'counsellor3',
    );
    await takeBreak('counsellor1');
    await takeBreak('counsellor3');
    await takeBreak('counsellor2');
    expect(await supervisor.next()).toMatchObject({ type: 'seat-changed', seat: { staffId: ids.counsellor1, seat: { status: 'break' } } });
    // Counsellor 3 (Xiamen) changed in between: the supervisor of Fuzhou hears of counsellor 2 next.
    expectOwnSeat(await supervisor.next(), 'counsellor2');
    expectOwnSeat(await c1.next(), 'counsellor1');
    expectOwnSeat(await c2.next(), 'counsellor2');
    expectOwnSeat(await c3.next(), 'counsellor3');
    await Promise.all(['counsellor1', 'counsellor2', 'counsellor3'].map(backToWork));
  });

  it('a C-SSRS tick on a live call reaches the supervisor’s board within 2 s, and no colleague', async () => {
    const { supervisor1: supervisor, counsellor2: c2 } = await connectEach('supervisor1', 'counsellor2');
    const callId = `call-live-risk-${Date.now()}`;
    await seatChange('counsellor1', { change: 'on-call', callId });
    const record = await startCall(h, cookieOf('counsellor1'), { callId });
    // Each event is read when it is sent, so both seat events may already show the record.
    expect(await supervisor.next()).toMatchObject({ type: 'seat-changed', seat: { staffId: ids.counsellor1, call: { callId, riskLevel: 'none' } } });
    expect(await supervisor.next()).toMatchObject({ type: 'seat-changed', seat: { call: { contactId: record.id } } });
    const ticked = Date.now();
    const saved = await h.call('PUT', `/api/contacts/${record.id}/intake`, { cookie: cookies.counsellor1, body: { revision: 1, intake: highRiskIntake() } });
    expect(saved.status).toBe(200);
    expect(await supervisor.next()).toEqual({ type: 'risk-changed', staffId: ids.counsellor1, callId, riskLevel: 'high' });
    expect(Date.now() - ticked).toBeLessThan(2000);
    await takeBreak('counsellor2');
    expectOwnSeat(await c2.next(), 'counsellor2');
    await Promise.all([backToWork('counsellor2'), backToWork('counsellor1')]);
  });

  it('queue figures reach the line’s counsellors without the call; the call itself only supervisors', async () => {
    const { supervisor1: supervisor, counsellor1: c1, counsellor3: c3 } = await connectEach('supervisor1', 'counsellor1', 'counsellor3');
    const callId = `call-queued-${Date.now()}`;
    await h.store.query(`insert into hotline_calls (call_id, dialled, area_code, queued_at, state) values ($1, '059112356', '0591', now(), 'waiting')`, [
      callId,
    ]);
    await bus.publish({ kind: 'call', change: 'queued', callId, line: '059112356' });
    const seen = await supervisor.next();
    expect(seen).toMatchObject({ type: 'call', change: 'queued', callId, line: '059112356', queue: { waiting: 1 } });
    const figures = await c1.next();
    expect(figures).toMatchObject({ type: 'queue', queue: { line: '059112356', waiting: 1 } });
    expect(JSON.stringify(figures)).not.toContain(callId);
    await takeBreak('counsellor3');
    expectOwnSeat(await c3.next(), 'counsellor3');
    await backToWork('counsellor3');
  });

  it('a help request’s alert reaches the counsellor who raised it and the supervisor, not a colleague', async () => {
    const { supervisor1: supervisor, counsellor1: c1, counsellor2: c2 } = await connectEach('supervisor1', 'counsellor1', 'counsellor2');
    const [{ id: alertId } = { id: '' }] = await h.store.query<{ id: string }>(
      `insert into centre_alerts (centre_area_code, kind, staff_id, reason, dedupe_key) values ('0591', 'help', $1, '来电者情绪激动', 'help-test') returning id`,
      [ids.counsellor1],
    );
    const change: LiveChange = { kind: 'alert', alertId };
    await bus.publish(change);
    const expected = { type: 'alert', alert: { id: alertId, kind: 'help', staffId: ids.counsellor1, reason: '来电者情绪激动', acknowledgedAt: null } };
    expect(await supervisor.next()).toMatchObject(expected);
    expect(await c1.next()).toMatchObject(expected);
    await takeBreak('counsellor2');
    expectOwnSeat(await c2.next(), 'counsellor2');
    await backToWork('counsellor2');
    // The counsellor's next snapshot keeps it; a colleague's does not carry it.
    expect((await connect('counsellor1')).snapshot.alerts.map((a) => a.id)).toContain(alertId);
    expect((await connect('counsellor2')).snapshot.alerts).toEqual([]);
  });

  it('an emergency hand-off opens a rescue on the supervisor’s and the counsellor’s streams, not a colleague’s', async () => {
    const { supervisor1: supervisor, counsellor1: c1, counsellor2: c2 } = await connectEach('supervisor1', 'counsellor1', 'counsellor2');
    const record = await startCall(h, cookieOf('counsellor1'));
    const handoff = handoffRequest();
    expect((await h.call('POST', `/api/contacts/${record.id}/handoffs`, { cookie: cookies.counsellor1, body: handoff })).status).toBe(200);
    const opened = { type: 'rescue', change: 'opened', handoffId: handoff.id, staffId: ids.counsellor1 };
    // The record's start changed counsellor 1's seat first.
    expectOwnSeat(await supervisor.next(), 'counsellor1');
    expect(await supervisor.next()).toEqual(opened);
    expectOwnSeat(await c1.next(), 'counsellor1');
    expect(await c1.next()).toEqual(opened);
    await takeBreak('counsellor2');
    expectOwnSeat(await c2.next(), 'counsellor2');
    await backToWork('counsellor2');
  });

  it('a rescue the counsellor’s form closes reaches the supervisor as closed', async () => {
    const record = await startCall(h, cookieOf('counsellor1'));
    const handoff = handoffRequest();
    expect((await h.call('POST', `/api/contacts/${record.id}/handoffs`, { cookie: cookies.counsellor1, body: handoff })).status).toBe(200);
    const save = (revision: number, intake: unknown) =>
      h.call('PUT', `/api/contacts/${record.id}/intake`, { cookie: cookies.counsellor1, body: { revision, intake } });
    expect((await save(1, rescueIntake())).status).toBe(200);
    const supervisor = (await connect('supervisor1')).sse;
    expect((await save(2, rescueIntake({ outcome: 'reached', resolvedAt: new Date().toISOString() }))).status).toBe(200);
    expect(await supervisor.next()).toEqual({ type: 'rescue', change: 'closed', handoffId: handoff.id, staffId: ids.counsellor1 });
  });

  it('a client that reconnects gets a fresh snapshot', async () => {
    const first = await connect('counsellor1');
    expect(first.snapshot.seats[0]?.seat.status).toBe('available');
    await first.sse.close();
    await takeBreak('counsellor1');
    expect((await connect('counsellor1')).snapshot.seats[0]?.seat.status).toBe('break');
    await backToWork('counsellor1');
  });

  it('one bus subscription however many streams, and none once every client has gone', async () => {
    await vi.waitFor(() => expect(bus.listeners()).toBe(0));
    const streams = await Promise.all(['counsellor1', 'supervisor1', 'admin1'].map(connect));
    expect(bus.listeners()).toBe(1);
    await Promise.all(streams.map(({ sse }) => sse.close()));
    await vi.waitFor(() => expect(bus.listeners()).toBe(0));
  });

  it('sends heartbeats, and ends the stream at the first heartbeat after sign-out', async () => {
    const app = new OpenAPIHono<AppEnv>();
    app.onError(handleError);
    eventRoutes(app, depsWith(inProcessBus()), { heartbeatMs: 50 });
    const cookie = await h.signIn('counsellor2');
    const sse = readSse(await app.request('/api/events', { headers: { cookie } }));
    open.push(sse);
    expect((await sse.next()).type).toBe('snapshot');
    expect(await sse.nextItem()).toEqual({ comment: 'heartbeat' });
    expect((await h.call('DELETE', '/api/session', { cookie })).status).toBe(200);
    let item = await sse.nextItem();
    while (item !== 'end') item = await sse.nextItem();
    expect(item).toBe('end');
  });

  it('drops a client that stops reading once frames pile up, and unsubscribes it', async () => {
    const slowBus = countingBus();
    const app = new OpenAPIHono<AppEnv>();
    app.onError(handleError);
    eventRoutes(app, depsWith(slowBus), { maxUnsent: 3 });
    const res = await app.request('/api/events', { headers: { cookie: cookieOf('supervisor1') } });
    expect(res.status).toBe(200);
    await vi.waitFor(() => expect(slowBus.listeners()).toBe(1));
    // Nobody reads the body: each seat change adds a frame the client never takes.
    for (let change = 0; change < 8 && slowBus.listeners() > 0; change++) {
      await slowBus.publish({ kind: 'seat', staffId: ids.counsellor1 ?? '' });
    }
    await vi.waitFor(() => expect(slowBus.listeners()).toBe(0));
    await res.body?.cancel();
  });
});
