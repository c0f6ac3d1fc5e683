import { test } from '@playwright/test';
import type { SignedIn } from '../server/auth/sessions';
import { auditEntries } from '../server/audit-log/query';
import { seedDemoAccounts, seedProvince } from '../server/seed';
import { migrate } from '../server/store/migrate';
import { openPglite } from '../server/store/pglite';
import type { Store } from '../server/store/store';
import type { AuditLogFilters } from '../src/contract/audit-log';
import { percentile } from './stats';

const ENTRIES = Number(process.env.BENCH_AUDIT_ENTRIES ?? 1_000_000);
const RUNS = 20;

/**
 * A year of a province's audit log, about 2,700 entries a day: reads, logins and saves by the
 * demo staff of Fuzhou and Xiamen on their centres' records, from a handful of addresses; PGlite
 * in this process, as on a single-node deployment.
 */
async function busyLog(): Promise<Store> {
  const store = await openPglite();
  await migrate(store);
  await seedProvince(store, 'fujian');
  await seedDemoAccounts(store);
  await store.transaction(async (tx) => {
    await tx.query(
      `insert into contacts (id, call_id, dialled, counsellor_id, centre_area_code, answered_at, call_type, risk_level, intake)
       select gen_random_uuid(), 'bench-' || n, '059112356', s.id, s.centre_area_code, now() - n * interval '1 hour', 'counselling', 'low', '{}'
         from generate_series(1, 5000) n
         join lateral (select id, centre_area_code from staff where role = 'counsellor' order by id offset n % 3 limit 1) s on true`,
    );
    await tx.query(
      `with c as (select array_agg(id) as ids, array_agg(counsellor_id) as staff from contacts)
       insert into audit_log (at, staff_id, action, subject_type, subject_id, client_address, user_agent)
       select now() - n * interval '32 seconds', c.staff[1 + n % 5000],
              (array['contact.read', 'contact.start', 'session.login', 'review.read'])[1 + n % 4],
              case when n % 4 = 2 then 'staff' else 'contact' end,
              case when n % 4 = 2 then c.staff[1 + n % 5000]::text else c.ids[1 + n % 5000]::text end,
              '10.0.' || (n % 7) || '.' || (n % 50), 'Chrome 131 · Windows'
         from generate_series(1, $1) n, c`,
      [ENTRIES],
    );
  });
  await store.query('analyze');
  return store;
}

const figure = (values: number[]) =>
  `p50 ${percentile(values, 50).toFixed(1)} ms / p95 ${percentile(values, 95).toFixed(1)} ms / max ${Math.max(...values).toFixed(1)} ms over ${values.length}`;

/** One page of 50 (GET /api/audit-log without HTTP), as an admin and as Fuzhou's supervisor. Target: p95 ≤ 200 ms. */
test('audit log viewer over a year of 1,000,000 entries', async () => {
  test.setTimeout(20 * 60_000);
  const store = await busyLog();
  const staff = async (username: string) => (await store.query<{ id: string }>('select id from staff where username = $1', [username]))[0]?.id ?? '';
  const admin = { staffId: await staff('admin1'), role: 'admin', centreAreaCode: null } as SignedIn;
  const supervisor = { staffId: await staff('supervisor1'), role: 'supervisor', centreAreaCode: '0591' } as SignedIn;
  const dayAgo = new Date(Date.now() - 86_400_000).toISOString();
  const [deep] = await store.query<{ cursor: string }>(
    `select to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') || '_' || id as cursor from audit_log order by at desc, id desc offset 500000 limit 1`,
  );
  const cases: Array<[string, SignedIn, AuditLogFilters, string?]> = [
    ['admin, last 24 h, first page', admin, { from: dayAgo }],
    ['admin, no filter, a page half a year back (keyset)', admin, {}, deep?.cursor],
    ['admin, one counsellor', admin, { staffId: await staff('counsellor1') }],
    ['admin, action group session', admin, { action: 'group:session' }],
    ['admin, address prefix 10.0.3.', admin, { address: '10.0.3.' }],
    ['supervisor, last 24 h, first page', supervisor, { from: dayAgo }],
    ['supervisor, one counsellor of the centre', supervisor, { staffId: await staff('counsellor1') }],
    ['supervisor, one record', supervisor, { subjectType: 'contact', subjectId: (await store.query<{ id: string }>('select id from contacts limit 1'))[0]?.id ?? '' }],
  ];
  for (const [label, auth, filters, after] of cases) {
    const times: number[] = [];
    let rows = 0;
    for (let i = 0; i < RUNS + 3; i++) {
      const started = performance.now();
      rows = (await auditEntries(store, auth, filters, { after, limit: 51 })).length;
      if (i >= 3) times.push(performance.now() - started);
    }
    console.log(`audit log, ${label} (${rows} rows): ${figure(times)} (target p95 ≤ 200 ms)`);
  }
  await store.close();
});
