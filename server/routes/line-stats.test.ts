import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { signInNewStaff } from '../testing/contacts';
import { createHarness, okJson, type Harness } from '../testing/harness';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());
beforeEach(() => h.store.query('truncate sessions, seats, seat_events, shift_sessions, call_routing cascade'));

async function route(dialled: string, callId: string, tried = ''): Promise<number> {
  return (await h.pbx(`/api/pbx/route?${new URLSearchParams({ dialled, callId, tried })}`)).status;
}

const stats = async (cookie: string, since: string) =>
  okJson(await h.call('GET', `/api/stats/lines?since=${encodeURIComponent(since)}`, { cookie }));

describe('line statistics (GET /api/stats/lines)', () => {
  it('counts each call once, unanswered when its routing ended finding nobody; per centre, plain 12356 for all', async () => {
    const since = new Date(Date.now() - 60_000).toISOString();
    await h.store.query(
      "insert into call_routing (call_id, dialled, area_code, outcome, at) values ('old', '059112356', '0591', 'no_counsellor', now() - interval '1 hour')",
    );
    await h.onSeat('counsellor1');
    await h.onSeat('counsellor2');

    expect(await route('059112356', 'answered')).toBe(200);
    // Rang both Fuzhou counsellors, neither picked up: offered, then nobody.
    expect(await route('059112356', 'rang-out')).toBe(200);
    expect(await route('059112356', 'rang-out', '8001')).toBe(200);
    expect(await route('059112356', 'rang-out', '8001,8002')).toBe(404);
    expect(await route('12356', 'plain')).toBe(200);
    expect(await route('12356', 'plain-busy', '8001,8002')).toBe(404);
    expect(await route('059212356', 'xiamen-busy')).toBe(404);

    const supervisor = await h.signIn('supervisor1');
    const xiamen = await signInNewStaff(h, { username: 'supervisor-xm', role: 'supervisor', centre: '0592', sipUsername: '8102' });
    expect(await stats(supervisor, since)).toEqual({ since, offered: 4, unanswered: 2 });
    expect(await stats(xiamen, since)).toEqual({ since, offered: 3, unanswered: 2 });
    expect(await stats(await h.signIn('admin1'), since)).toEqual({ since, offered: 5, unanswered: 3 });
    expect(await stats(supervisor, '2000-01-01T08:00:00+08:00')).toEqual({ since: '2000-01-01T00:00:00.000Z', offered: 5, unanswered: 3 });
  });

  it('is for supervisors and admins, and needs a moment to count from', async () => {
    const since = encodeURIComponent(new Date().toISOString());
    expect((await h.call('GET', `/api/stats/lines?since=${since}`, { cookie: await h.signIn('counsellor1') })).status).toBe(403);
    expect((await h.call('GET', `/api/stats/lines?since=${since}`)).status).toBe(401);
    const supervisor = await h.signIn('supervisor1');
    expect((await h.call('GET', '/api/stats/lines', { cookie: supervisor })).status).toBe(400);
    expect((await h.call('GET', '/api/stats/lines?since=yesterday', { cookie: supervisor })).status).toBe(400);
  });
});
