import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoAccounts, seedProvince } from '../seed';
import { seedCentreSettings } from '../shifts/settings';
import { migrate } from '../store/migrate';
import { openPostgres } from '../store/postgres';
import type { Store } from '../store/store';
import { harnessFor, type Harness } from '../testing/harness';
import { canStartPostgres, startPostgres, type ThrowawayPostgres } from '../testing/postgres';
import { readSse } from '../testing/sse';
import { postgresBus, type PostgresBus } from './postgres-bus';

const givenUrl = process.env.TEST_DATABASE_URL;

/** Two API processes' apps, each with its own pool and its own LISTEN connection, on one PostgreSQL. */
describe('live changes across API processes on one PostgreSQL', () => {
  let server: ThrowawayPostgres | undefined;
  const stores: Store[] = [];
  const buses: PostgresBus[] = [];
  let nodeA: Harness;
  let nodeB: Harness;

  beforeAll(async () => {
    if (!givenUrl && !canStartPostgres) {
      throw new Error('PostgreSQL is needed for these tests: apt-get install postgresql, or set TEST_DATABASE_URL');
    }
    server = givenUrl ? undefined : startPostgres();
    const url = givenUrl ?? server?.url ?? '';
    const node = () => {
      const store = openPostgres(url);
      const live = postgresBus(store, url);
      stores.push(store);
      buses.push(live);
      return harnessFor(store, { live });
    };
    nodeA = node();
    nodeB = node();
    await migrate(nodeA.store);
    await seedProvince(nodeA.store, 'fujian');
    await seedDemoAccounts(nodeA.store);
    await seedCentreSettings(nodeA.store, nodeA.config.centreSettingsOverrides);
    await Promise.all(buses.map((bus) => bus.listening()));
  });
  afterAll(async () => {
    await Promise.all(buses.map((bus) => bus.close()));
    await Promise.all(stores.map((store) => store.close()));
    server?.stop();
  });

  it('an SSE subscriber on node B sees a seat change made through node A', async () => {
    const supervisor = await nodeB.signIn('supervisor1');
    const counsellor = await nodeA.signIn('counsellor1');
    const sse = readSse(await nodeB.call('GET', '/api/events', { cookie: supervisor }));
    try {
      expect((await sse.next()).type).toBe('snapshot');
      // Clocking in through node A: node B's supervisor sees the seat come available.
      expect((await nodeA.call('POST', '/api/shift/clock-in', { cookie: counsellor })).status).toBe(200);
      // The sign-in's own change may be heard first, on its way from node A.
      let event = await sse.next();
      while (event.type === 'seat-changed' && !event.seat.clockedIn) event = await sse.next();
      expect(event).toMatchObject({ type: 'seat-changed', seat: { name: '张咨询员', clockedIn: true, seat: { status: 'available' } } });
      expect((await nodeA.call('PUT', '/api/seat', { cookie: counsellor, body: { change: 'break', kind: 'break' } })).status).toBe(200);
      expect(await sse.next()).toMatchObject({ type: 'seat-changed', seat: { name: '张咨询员', seat: { status: 'break' } } });
    } finally {
      await sse.close();
    }
  });

  it('a notification that is no change is ignored, and the bus goes on', async () => {
    const heard: unknown[] = [];
    const unsubscribe = buses[1]?.subscribe((change) => heard.push(change));
    await nodeA.store.query(`select pg_notify('live_changes', 'not json')`);
    await buses[0]?.publish({ kind: 'seat', staffId: '00000000-0000-4000-8000-000000000000' });
    await expect.poll(() => heard).toContainEqual({ kind: 'seat', staffId: '00000000-0000-4000-8000-000000000000' });
    unsubscribe?.();
  });
});
