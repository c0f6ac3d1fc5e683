import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { loadConfig } from '../config';
import { demoAccounts, seedDemoAccounts, seedProvince } from '../seed';
import { canStartPostgres, startPostgres, type ThrowawayPostgres } from '../testing/postgres';
import { migrate } from './migrate';
import { openPostgres } from './postgres';
import type { Store } from './store';

/**
 * The same migrations and flows on a real PostgreSQL server: a throwaway cluster when the server
 * binaries are installed, or TEST_DATABASE_URL (an empty database) when CI provides one.
 */
const givenUrl = process.env.TEST_DATABASE_URL;

describe('on real PostgreSQL', () => {
  let server: ThrowawayPostgres | undefined;
  let store: Store;
  const secret = 'test-pbx-secret-0123456789';

  beforeAll(async () => {
    if (!givenUrl && !canStartPostgres) {
      throw new Error('PostgreSQL is needed for these tests: apt-get install postgresql, or set TEST_DATABASE_URL');
    }
    server = givenUrl ? undefined : startPostgres();
    store = openPostgres(givenUrl ?? server?.url ?? '');
  });
  afterAll(async () => {
    await store.close();
    server?.stop();
  });

  it('applies the migrations once, and nothing the second time', async () => {
    expect(await migrate(store)).toEqual(['001_initial.sql']);
    expect(await migrate(store)).toEqual([]);
  });

  it('migrates safely when two API processes start at once', async () => {
    expect(await Promise.all([migrate(store), migrate(store)])).toEqual([[], []]);
  });

  it('seeds idempotently', async () => {
    for (let round = 0; round < 2; round++) {
      await seedProvince(store, 'fujian');
      await seedDemoAccounts(store);
    }
    const [counts] = await store.query<{ centres: number; staff: number }>(
      'select (select count(*) from centres)::int as centres, (select count(*) from staff)::int as staff',
    );
    expect(counts).toEqual({ centres: 9, staff: demoAccounts.length });
  });

  it('serves sign-in, SIP credentials and call routing', async () => {
    const app = createApp({
      store,
      config: { ...loadConfig({}), pbxSharedSecret: secret, staticDir: '/nonexistent' },
      clientAddress: () => '127.0.0.1',
    });
    const json = { 'content-type': 'application/json' };
    const pbx = { 'x-pbx-secret': secret };

    expect(await (await app.request('/api/health')).json()).toEqual({ ok: true, store: 'postgres' });
    for (const username of ['counsellor1', 'counsellor2']) {
      const password = demoAccounts.find((a) => a.username === username)?.password;
      const login = await app.request('/api/session', { method: 'POST', headers: json, body: JSON.stringify({ username, password }) });
      expect(login.status).toBe(200);
      const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
      const creds = await app.request('/api/sip/credentials', {
        method: 'POST',
        headers: { ...json, cookie },
        body: JSON.stringify({ tabId: `tab-${username}` }),
      });
      expect(creds.status).toBe(200);
    }
    expect((await app.request('/api/pbx/ha1?username=8001&realm=12356.local', { headers: pbx })).status).toBe(200);

    // While one call's routing holds 8001 (it is the next in turn), a second call goes to 8002 at once.
    const second = await store.transaction(async (tx) => {
      await tx.query("select 1 from staff where sip_username = '8001' for update");
      const res = await app.request('/api/pbx/route?dialled=059112356&callId=c-2', { headers: pbx });
      return res.text();
    });
    expect(second).toBe('8002');
    expect(await (await app.request('/api/pbx/route?dialled=059112356&callId=c-1', { headers: pbx })).text()).toBe('8001');
    const tried = await app.request('/api/pbx/route?dialled=059112356&callId=c-3&tried=8001,8002', { headers: pbx });
    expect(tried.status).toBe(404);
  });
});
