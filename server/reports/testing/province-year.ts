import { emptyIntake, type Intake } from '../../../src/contract/intake';
import { seedDemoAccounts, seedProvince } from '../../seed';
import { seedCentreSettings } from '../../shifts/settings';
import { migrate } from '../../store/migrate';
import type { Store } from '../../store/store';

/** A few intakes the generated records take in turn: every age band, gender, problem and hand-off fate occurs. */
const COUNSELLORS = 120;

function templates(): Intake[] {
  const outcomes = [null, 'pending', 'reached', 'not-reached', 'cancelled'] as const;
  const bands = ['under-12', '12-17', '18-24', '25-34', '35-44', '45-59', '60-plus', 'unknown'] as const;
  return bands.map((ageBand, index) => {
    const intake = emptyIntake('0591');
    intake.caller = { ...intake.caller, ageBand, gender: (['female', 'male', 'other', 'unknown'] as const)[index % 4] ?? 'unknown' };
    intake.problems = [{ category: (['study', 'work', 'family', 'sleep', 'mood', 'self-harm'] as const)[index % 6] ?? 'mood', detail: null }];
    const outcome = outcomes[index % 5] ?? null;
    if (outcome) intake.safety.emergencyHandoff = { service: '120', at: new Date().toISOString(), outcome, resolvedAt: null, note: '' };
    if (index % 3 === 0) intake.referral.institutionId = 'fz-psych';
    return intake;
  });
}

/**
 * The province's year: `calls` calls to Fujian's nine centre lines and plain 12356 spread over
 * twelve months, 80 % answered with a record by one of 120 counsellors (a tenth high or imminent,
 * with a follow-up), the rest abandoned, busy or overflowed. Written in SQL (generate_series).
 */
export async function provinceYear(store: Store, calls: number): Promise<void> {
  await migrate(store);
  await seedProvince(store, 'fujian');
  await seedDemoAccounts(store);
  await seedCentreSettings(store, {});
  const started = performance.now();
  await store.transaction(async (tx) => {
    await tx.query(
      `insert into staff (id, username, display_name, role, centre_area_code, sip_username, password_hash)
       select gen_random_uuid(), 'bench' || n, 'Bench ' || n, 'counsellor', (array(select area_code from centres order by area_code))[1 + n % 9],
              (30000 + n)::text, 'x'
         from generate_series(1, $1) n`,
      [COUNSELLORS],
    );
    await tx.query(
      `insert into hotline_calls (call_id, dialled, area_code, arrived_at, state, overflowed_at, answered_by, answered_at, finished_at)
       select 'bench-' || n, '12356', case when n % 10 = 0 then null else c.area_code end, at,
              case when n % 10 < 8 then 'ended' when n % 10 = 8 then 'abandoned' else 'busy' end,
              case when n % 23 = 0 then at + interval '40 seconds' end,
              case when n % 10 < 8 then s.id end,
              case when n % 10 < 8 then at + (n % 47) * interval '1 second' end,
              at + (n % 47) * interval '1 second' + case when n % 10 < 8 then (60 + n % 1500) * interval '1 second' else interval '0' end
         from generate_series(1, $1) n
         cross join lateral (select timestamptz '2026-01-01 00:00+08' + (n::float8 / $1) * interval '365 days' as at) t
         join (select area_code, row_number() over (order by area_code) - 1 as i from centres) c on c.i = n % 9
         join (select id, row_number() over (order by username) - 1 as i from staff where username like 'bench%') s on s.i = n % $2`,
      [calls, COUNSELLORS],
    );
    await tx.query(
      `insert into contacts (id, call_id, dialled, area_code, counsellor_id, centre_area_code, answered_at, ended_at, completed_at, status,
                             call_type, risk_level, intake)
       select gen_random_uuid(), h.call_id, h.dialled, h.area_code, h.answered_by, st.centre_area_code, h.answered_at, h.finished_at, h.finished_at,
              'completed', (array['counselling','counselling','counselling','silent','prank','abusive','wrong-number'])[1 + n % 7],
              case when n % 20 = 0 then 'imminent' when n % 10 = 0 then 'high' when n % 3 = 0 then 'moderate' else 'low' end,
              ($1::jsonb[])[1 + n % 8]
         from (select *, substr(call_id, 7)::int as n from hotline_calls where answered_by is not null) h
         join staff st on st.id = h.answered_by`,
      [templates().map((intake) => JSON.stringify(intake))],
    );
    // Four in five called back, most before their due time, some up to three hours late; the rest still open.
    await tx.query(
      `insert into follow_ups (contact_id, centre_area_code, risk_level, due_at, closed_at, outcome)
       select id, centre_area_code, risk_level, due, closed, case when closed is not null then 'reached' end
         from (select id, centre_area_code, risk_level, answered_at + interval '1 day' as due,
                      case when random() < 0.8 then answered_at + interval '1 day' + (random() - 0.7) * interval '10 hours' end as closed
                 from contacts where risk_level in ('high', 'imminent')) due`,
    );
  });
  // As autovacuum leaves a year's settled rows: visible to all, so the report's index answers alone.
  await store.query('vacuum analyze');
  const [rows] = await store.query<{ calls: number; contacts: number; followUps: number }>(
    `select (select count(*) from hotline_calls)::int as calls, (select count(*) from contacts)::int as contacts,
            (select count(*) from follow_ups)::int as "followUps"`,
  );
  console.log(`generated ${JSON.stringify(rows)} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

