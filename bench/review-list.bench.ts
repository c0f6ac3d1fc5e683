import { test } from '@playwright/test';
import type { SignedIn } from '../server/auth/sessions';
import { reviewList, type ReviewListRequest } from '../server/review/list';
import { seedDemoAccounts, seedProvince } from '../server/seed';
import { migrate } from '../server/store/migrate';
import { openPglite } from '../server/store/pglite';
import type { Store } from '../server/store/store';
import { highRiskIntake, intakeWith, rescueIntake } from '../server/testing/contacts';
import { percentile } from './stats';

const RECORDS = 100_000;
const COUNSELLORS = 40;
const RUNS = 30;

/**
 * A busy centre's year: 100,000 records of 40 counsellors in Fuzhou, a tenth high risk with a
 * follow-up (a third of those still open), one in fifty imminent with a pending rescue and an
 * acknowledged alert, a third reviewed, the rest ordinary low-risk or silent calls; PGlite in
 * this process, as on a single-node deployment.
 */
async function busyCentre(): Promise<Store> {
  const store = await openPglite();
  await migrate(store);
  await seedProvince(store, 'fujian');
  await seedDemoAccounts(store);
  const templates = [
    intakeWith((intake) => {
      intake.problems = [{ category: 'sleep', detail: 'insomnia' }];
      intake.screener = { ...intake.screener, wishedDead: 'yes', suicidalThoughts: 'no' };
    }),
    intakeWith((intake) => (intake.callType = 'silent')),
    highRiskIntake(),
    rescueIntake(),
  ];
  await store.transaction(async (tx) => {
    await tx.query(
      `insert into staff (id, username, display_name, role, centre_area_code, sip_username, password_hash)
       select gen_random_uuid(), 'bench' || n, 'Bench ' || n, 'counsellor', '0591', (20000 + n)::text, 'x' from generate_series(1, $1) n`,
      [COUNSELLORS],
    );
    // Template by n: every 50th imminent with a rescue, every 10th high, every 7th silent, else low.
    await tx.query(
      `insert into contacts (id, call_id, dialled, area_code, counsellor_id, centre_area_code, caller_number, caller_number_hash,
                             answered_at, completed_at, status, call_type, risk_level, intake, notes)
       select gen_random_uuid(), 'bench-call-' || n, '059112356', '0591',
              (select id from staff where username = 'bench' || (1 + n % $2)), '0591', '13800138000', 'hash-' || (n % 5000),
              now() - n * interval '5 minutes', now() - n * interval '5 minutes' + interval '20 minutes', 'completed',
              case when n % 50 = 0 or n % 10 = 0 then 'counselling' when n % 7 = 0 then 'silent' else 'counselling' end,
              case when n % 50 = 0 then 'imminent' when n % 10 = 0 then 'high' when n % 7 = 0 then 'none' else 'low' end,
              ($3::jsonb[])[case when n % 50 = 0 then 4 when n % 10 = 0 then 3 when n % 7 = 0 then 2 else 1 end],
              '[{"id":"n1","atSec":30,"text":"失眠两周，有时想死","edited":false}]'::jsonb
         from generate_series(1, $1) n`,
      [RECORDS, COUNSELLORS, templates.map((intake) => JSON.stringify(intake))],
    );
    await tx.query(
      `insert into follow_ups (contact_id, centre_area_code, risk_level, due_at, closed_at, outcome)
       select id, '0591', 'high', answered_at + interval '1 day', closed, case when closed is not null then 'reached' end
         from (select id, answered_at, case when random() < 0.67 then answered_at + interval '2 hours' end as closed
                 from contacts where risk_level = 'high') high`,
    );
    await tx.query(
      `insert into centre_alerts (centre_area_code, kind, call_id, acknowledged_at, dedupe_key)
       select '0591', 'imminent-call', call_id, answered_at + interval '1 minute', 'imminent:' || call_id from contacts where risk_level = 'imminent'`,
    );
    await tx.query(
      `insert into record_reviews (contact_id, author_id, text)
       select id, (select id from staff where username = 'supervisor1'), '处置得当' from contacts where random() < 0.33`,
    );
  });
  await store.query('analyze');
  return store;
}

const figure = (values: number[]) =>
  `p50 ${percentile(values, 50).toFixed(1)} ms / p95 ${percentile(values, 95).toFixed(1)} ms / max ${Math.max(...values).toFixed(1)} ms over ${values.length}`;

/**
 * The review list (GET /api/review/records without HTTP): one page of 20 of a centre with 100,000
 * records, per filter, the total counted over every page. Target: p95 ≤ 100 ms.
 */
test('record review list over a centre of 100,000 records', async () => {
  test.setTimeout(10 * 60_000);
  const store = await busyCentre();
  const [supervisor] = await store.query<{ id: string }>(`select id from staff where username = 'supervisor1'`);
  const [counsellor] = await store.query<{ id: string }>(`select id from staff where username = 'bench7'`);
  const auth = { staffId: supervisor?.id ?? '', role: 'supervisor', centreAreaCode: '0591' } as SignedIn;
  const week = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
  const cases: Array<[string, Partial<ReviewListRequest>]> = [
    ['no filter, first page', {}],
    ['no filter, page 2,000 (offset 40,000)', { page: 2000 }],
    ['one week', { from: week(14), to: week(7) }],
    ['one counsellor, high risk', { counsellorId: counsellor?.id, riskLevel: 'high' }],
    ['problem category self-harm', { problem: 'self-harm' }],
    ['not yet reviewed', { reviewState: 'not-reviewed' }],
    ['open follow-up', { openFollowUp: 'yes' }],
    ['open rescue', { openRescue: 'yes' }],
    ['silent calls, the province line (none)', { callType: 'silent', line: '12356' }],
  ];
  for (const [label, filters] of cases) {
    const times: number[] = [];
    let total = 0;
    for (let i = 0; i < RUNS + 3; i++) {
      const started = performance.now();
      const page = await reviewList(store, auth, { page: 1, pageSize: 20, ...filters });
      if (i >= 3) times.push(performance.now() - started);
      total = page.total;
    }
    console.log(`review list, ${label} (${total} match): ${figure(times)} (target p95 ≤ 100 ms)`);
  }
  await store.close();
});
