import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SeatChange, SeatStatus, SeatView } from '../../src/contract';
import { createHarness, okJson, type Harness } from '../testing/harness';

let h: Harness;
let counsellor: string;
let admin: string;
beforeAll(async () => {
  h = await createHarness();
  [counsellor, admin] = await Promise.all([h.signIn('counsellor1'), h.signIn('admin1')]);
});
afterAll(() => h.close());
beforeEach(() => h.store.query('truncate seats, seat_events, shift_sessions, audit_log'));

const change = (body: SeatChange, cookie = counsellor) => h.call('PUT', '/api/seat', { cookie, body });
const clockIn = (cookie = counsellor) => h.call('POST', '/api/shift/clock-in', { cookie });
const view = (res: Response) => okJson<SeatView>(res);

/** The changes that bring a freshly clocked-in seat (or one never clocked in) to each status. */
const reach: Record<SeatStatus, () => Promise<void>> = {
  offline: async () => undefined,
  available: async () => void (await view(await clockIn())),
  'on-call': async () => {
    await reach.available();
    await view(await change({ change: 'on-call', callId: 'call-1' }));
  },
  'wrap-up': async () => {
    await reach['on-call']();
    await view(await change({ change: 'wrap-up', callId: 'call-1' }));
  },
  break: async () => {
    await reach.available();
    await view(await change({ change: 'break', kind: 'break' }));
  },
};

const changes: Record<string, SeatChange> = {
  available: { change: 'available' },
  'on-call call-1': { change: 'on-call', callId: 'call-1' },
  'on-call call-2': { change: 'on-call', callId: 'call-2' },
  'wrap-up call-1': { change: 'wrap-up', callId: 'call-1' },
  'wrap-up call-2': { change: 'wrap-up', callId: 'call-2' },
  break: { change: 'break', kind: 'break' },
  debrief: { change: 'break', kind: 'debrief' },
  'extend-wrap-up': { change: 'extend-wrap-up', reason: '来电者情况复杂，记录需要更多时间' },
};

/** Status after each change from each status; 409 where the change is not allowed. */
const table: Record<SeatStatus, Record<keyof typeof changes, SeatStatus | 409>> = {
  available: {
    available: 'available', 'on-call call-1': 'on-call', 'on-call call-2': 'on-call', 'wrap-up call-1': 409, 'wrap-up call-2': 409,
    break: 'break', debrief: 'break', 'extend-wrap-up': 409,
  },
  'on-call': {
    available: 'available', 'on-call call-1': 'on-call', 'on-call call-2': 409, 'wrap-up call-1': 'wrap-up', 'wrap-up call-2': 'wrap-up',
    break: 409, debrief: 409, 'extend-wrap-up': 409,
  },
  'wrap-up': {
    available: 'available', 'on-call call-1': 'on-call', 'on-call call-2': 'on-call', 'wrap-up call-1': 'wrap-up', 'wrap-up call-2': 409,
    break: 'break', debrief: 'break', 'extend-wrap-up': 'wrap-up',
  },
  break: {
    available: 'available', 'on-call call-1': 'on-call', 'on-call call-2': 'on-call', 'wrap-up call-1': 409, 'wrap-up call-2': 409,
    break: 'break', debrief: 409, 'extend-wrap-up': 409,
  },
  offline: {
    available: 409, 'on-call call-1': 409, 'on-call call-2': 409, 'wrap-up call-1': 409, 'wrap-up call-2': 409,
    break: 409, debrief: 409, 'extend-wrap-up': 409,
  },
};

const cases = Object.entries(table).flatMap(([from, row]) =>
  Object.entries(row).map(([name, expected]) => ({ from: from as SeatStatus, name, expected })),
);

describe('the seat state machine (PUT /api/seat)', () => {
  it.each(cases)('$from + $name → $expected', async ({ from, name, expected }) => {
    await reach[from]();
    const res = await change(changes[name] as SeatChange);
    if (expected === 409) {
      expect(res.status).toBe(409);
      expect(await res.json()).toEqual({ error: { code: 'conflict' } });
      expect((await view(await h.call('GET', '/api/seat', { cookie: counsellor }))).seat.status).toBe(from);
    } else {
      expect((await view(res)).seat.status).toBe(expected);
    }
  });

  it('keeps the seat as it is when the browser repeats a change', async () => {
    await reach['wrap-up']();
    const before = await view(await h.call('GET', '/api/seat', { cookie: counsellor }));
    const again = await view(await change({ change: 'wrap-up', callId: 'call-1' }));
    expect(again.seat).toEqual(before.seat);
    const events = await h.store.query<{ status: string; call_id: string | null }>('select status, call_id from seat_events order by at, id');
    expect(events).toEqual([
      { status: 'available', call_id: null },
      { status: 'on-call', call_id: 'call-1' },
      { status: 'wrap-up', call_id: 'call-1' },
    ]);
  });

  it('answers the seat, the open shift and the centre’s settings', async () => {
    await reach.break();
    const seat = await view(await h.call('GET', '/api/seat', { cookie: counsellor }));
    expect(seat).toEqual({
      seat: { status: 'break', since: expect.any(String), wrapUpEndsAt: null, wrapUpExtended: false, breakKind: 'break' },
      session: { id: expect.any(String), clockedInAt: expect.any(String), clockedOutAt: null, calls: [], breaks: [{ startedAt: seat.seat.since, endedAt: null }] },
      settings: expect.objectContaining({ wrapUpLimitSec: 300, wrapUpExtensionSec: 180 }),
      heldByRecord: false,
    });
  });

  it('shows a seat never clocked in as offline, without a shift', async () => {
    const seat = await view(await h.call('GET', '/api/seat', { cookie: counsellor }));
    expect(seat).toMatchObject({ seat: { status: 'offline', wrapUpEndsAt: null, breakKind: null }, session: null });
    expect(await h.store.query('select 1 from seats')).toHaveLength(0);
  });

  it('is for staff on calls, and validates the change', async () => {
    const trainer = await h.signIn('trainer1');
    expect((await h.call('GET', '/api/seat', { cookie: trainer })).status).toBe(403);
    expect((await change({ change: 'available' }, admin)).status).toBe(403);
    expect((await h.call('GET', '/api/seat')).status).toBe(401);
    const res = await h.call('PUT', '/api/seat', { cookie: counsellor, body: { change: 'on-call', callId: '' } });
    expect(res.status).toBe(400);
    expect((await h.call('PUT', '/api/seat', { cookie: counsellor, body: { change: 'lunch' } })).status).toBe(400);
  });
});

describe('wrap-up', () => {
  const seconds = (from: string, to: string | null) => (Date.parse(to ?? '') - Date.parse(from)) / 1000;

  it('ends after the centre’s wrap-up limit, and may be extended once, with the reason audited', async () => {
    const settings = await (await h.call('GET', '/api/centres/0591/settings', { cookie: admin })).json();
    const put = await h.call('PUT', '/api/centres/0591/settings', { cookie: admin, body: { ...settings, wrapUpLimitSec: 120, wrapUpExtensionSec: 60 } });
    expect(put.status).toBe(200);
    try {
      await reach['wrap-up']();
      const { seat } = await view(await h.call('GET', '/api/seat', { cookie: counsellor }));
      expect(seat).toMatchObject({ status: 'wrap-up', wrapUpExtended: false });
      expect(seconds(seat.since, seat.wrapUpEndsAt)).toBe(120);

      const reason = '高危来电，需与督导核对记录';
      const extended = await view(await change({ change: 'extend-wrap-up', reason }));
      expect(extended.seat).toMatchObject({ status: 'wrap-up', since: seat.since, wrapUpExtended: true });
      expect(seconds(seat.since, extended.seat.wrapUpEndsAt)).toBe(180);
      expect((await change({ change: 'extend-wrap-up', reason })).status).toBe(409);

      const audits = await h.store.query<{ action: string; detail: unknown }>(
        "select action, detail from audit_log where action = 'seat.extend-wrap-up'",
      );
      expect(audits).toEqual([{ action: 'seat.extend-wrap-up', detail: { reason, callId: 'call-1', bySec: 60 } }]);

      // Leaving wrap-up clears its timer, and the next wrap-up may be extended again.
      const done = await view(await change({ change: 'available' }));
      expect(done.seat).toMatchObject({ status: 'available', wrapUpEndsAt: null, wrapUpExtended: false });
    } finally {
      await h.call('PUT', '/api/centres/0591/settings', { cookie: admin, body: settings });
    }
  });

  it('is not ended by the server when its time is up', async () => {
    await reach['wrap-up']();
    await h.store.query("update seats set wrap_up_ends_at = now() - interval '10 minutes'");
    expect((await view(await h.call('GET', '/api/seat', { cookie: counsellor }))).seat.status).toBe('wrap-up');
  });
});

describe('becoming available', () => {
  it('needs a clock-in', async () => {
    expect((await change({ change: 'available' })).status).toBe(409);
    await view(await clockIn());
    expect((await view(await change({ change: 'break', kind: 'break' }))).seat.status).toBe('break');
    expect((await view(await change({ change: 'available' }))).seat.status).toBe('available');
  });
});
