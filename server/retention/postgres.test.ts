import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoAccounts, seedProvince } from '../seed';
import { seedCentreSettings } from '../shifts/settings';
import { migrate } from '../store/migrate';
import { openPostgres } from '../store/postgres';
import type { Store } from '../store/store';
import { canStartPostgres, startPostgres, type ThrowawayPostgres } from '../testing/postgres';
import { runRetention } from './job';

const givenUrl = process.env.TEST_DATABASE_URL;

/** The retention job on a real PostgreSQL shared by several API processes (server/store/postgres.test.ts for the rig). */
describe('the retention job on real PostgreSQL', () => {
  let server: ThrowawayPostgres | undefined;
  let store: Store;

  beforeAll(async () => {
    if (!givenUrl && !canStartPostgres) {
      throw new Error('PostgreSQL is needed for these tests: apt-get install postgresql, or set TEST_DATABASE_URL');
    }
    server = givenUrl ? undefined : startPostgres();
    store = openPostgres(givenUrl ?? server?.url ?? '');
    await migrate(store);
    await seedProvince(store, 'fujian');
    await seedDemoAccounts(store);
    await seedCentreSettings(store, {});
  });
  afterAll(async () => {
    await store.close();
    server?.stop();
  });

  it('strips a record once when two API processes run the job at the same moment', async () => {
    await store.query(
      `insert into contacts (id, call_id, dialled, counsellor_id, centre_area_code, caller_number, caller_number_hash, answered_at,
                             call_type, risk_level, intake, notes)
       select gen_random_uuid(), 'old-call', '059112356', id, '0591', '13800138000', 'hash', '2020-01-01T00:00:00Z', 'counselling', 'low',
              '{"summary": "来电者说她住在鼓楼区", "caller": {"relationship": "本人"}}', '[{"id": "n1", "atSec": 3, "text": "鼓楼区", "edited": false}]'
         from staff where username = 'counsellor1'`,
    );
    const now = new Date('2026-11-30T04:00:00Z');
    const runs = await Promise.all([runRetention({ store, overrides: {} }, now), runRetention({ store, overrides: {} }, now)]);
    const stripped = runs.flatMap((run) => run ?? []).reduce((sum, centre) => sum + centre.records, 0);
    expect(stripped).toBe(1);
    const [row] = await store.query<{ number: string | null; summary: string; notes: unknown[] }>(
      "select caller_number as number, intake->>'summary' as summary, notes from contacts where call_id = 'old-call'",
    );
    expect(row).toEqual({ number: null, summary: '', notes: [] });
    const [audited] = await store.query<{ n: number }>("select count(*)::int as n from audit_log where action = 'retention.run'");
    // One entry: the run that stripped the record (a run that removed nothing is not audited).
    expect(audited?.n).toBe(1);
  });
});
