import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inProcessBus } from '../events/bus';
import { seedDemoAccounts, seedProvince } from '../seed';
import { seedCentreSettings } from '../shifts/settings';
import { migrate } from '../store/migrate';
import { openPostgres } from '../store/postgres';
import { harnessFor, type Harness } from '../testing/harness';
import { canStartPostgres, startPostgres, type ThrowawayPostgres } from '../testing/postgres';
import { createCallQueue } from './service';

/**
 * Two API processes on one PostgreSQL dispatch the same queue at the same moment: each waiting call
 * is released once, each free counsellor gets one call, in queue order.
 */
const givenUrl = process.env.TEST_DATABASE_URL;

describe('the call queue on real PostgreSQL', () => {
  let server: ThrowawayPostgres | undefined;
  let h: Harness;

  beforeAll(async () => {
    if (!givenUrl && !canStartPostgres) {
      throw new Error('PostgreSQL is needed for these tests: apt-get install postgresql, or set TEST_DATABASE_URL');
    }
    server = givenUrl ? undefined : startPostgres();
    h = harnessFor(openPostgres(givenUrl ?? server?.url ?? ''));
    await migrate(h.store);
    await seedProvince(h.store, 'fujian');
    await seedDemoAccounts(h.store);
    await seedCentreSettings(h.store, {});
  });
  afterAll(async () => {
    await h.close();
    server?.stop();
  });

  it('releases each waiting call once when two processes dispatch at once', async () => {
    const seat = (cookie: string, body: unknown) => h.call('PUT', '/api/seat', { cookie, body });
    const cookies = [await h.onSeat('counsellor1'), await h.onSeat('counsellor2')];
    for (const [i, cookie] of cookies.entries()) expect((await seat(cookie, { change: 'on-call', callId: `busy-${i}` })).status).toBe(200);
    for (let i = 1; i <= 5; i++) {
      expect(await (await h.pbx(`/api/pbx/route?dialled=059112356&callId=pg-${i}`)).text()).toBe('queue:300');
      expect((await h.pbx(`/api/pbx/queue-event?event=queued&callId=pg-${i}&tindex=${i}&tlabel=1`)).status).toBe(200);
    }
    // The app's own dispatch (kicked by each queued call) is done before both seats come free at
    // once, without the seat route's own dispatch.
    await h.queue.dispatch();
    await h.store.query(`update seats set status = 'available', current_call_id = null`);

    const released: number[] = [];
    const node = () =>
      createCallQueue({ store: h.store, overrides: {}, live: inProcessBus(), release: async ({ tindex }) => (released.push(tindex), 'released') });
    const [a, b] = [node(), node()];
    const counts = await Promise.all([a.dispatch(), b.dispatch()]);
    expect(counts.reduce((sum, n) => sum + n, 0)).toBe(2);
    expect(released.sort()).toEqual([1, 2]);
    const rows = await h.store.query<{ callId: string; releasedTo: string }>(
      `select call_id as "callId", released_to as "releasedTo" from hotline_calls where released_to is not null order by call_id`,
    );
    expect(rows.map((r) => r.callId)).toEqual(['pg-1', 'pg-2']);
    expect(new Set(rows.map((r) => r.releasedTo))).toEqual(new Set(['8001', '8002']));
  });
});
