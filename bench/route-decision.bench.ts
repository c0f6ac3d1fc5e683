import { test } from '@playwright/test';
import { routeCall } from '../server/pbx/routing';
import { inProcessBus } from '../server/events/bus';
import { provinces } from '../server/provinces';
import { dispatchWaiting } from '../server/queue/dispatch';
import { seedProvince } from '../server/seed';
import { seedCentreSettings } from '../server/shifts/settings';
import { migrate } from '../server/store/migrate';
import { openPglite } from '../server/store/pglite';
import type { Store } from '../server/store/store';
import { percentile } from './stats';

const STAFF = 1000;
const WAITING = 100;
const DECISIONS = 300;

/**
 * A province of 1,000 counsellors signed in with live softphones, every one on a call, and 100
 * callers already waiting (the routing query's worst case: nobody to pick, the queue joined). PGlite
 * in this process, as on a single-node deployment.
 */
async function busyProvince(): Promise<Store> {
  const store = await openPglite();
  await migrate(store);
  await seedProvince(store, 'fujian');
  await seedCentreSettings(store, {});
  const centres = provinces.fujian.centres.map((c) => c.areaCode);
  await store.transaction(async (tx) => {
    await tx.query(
      `insert into staff (id, username, display_name, role, centre_area_code, sip_username, password_hash)
       select gen_random_uuid(), 'bench' || n, 'Bench ' || n, 'counsellor', ($1::text[])[1 + n % array_length($1::text[], 1)], (10000 + n)::text, 'x'
         from generate_series(1, $2) n`,
      [centres, STAFF],
    );
    await tx.query(
      `insert into sessions (id, staff_id, expires_at) select 'bench-' || id, id, now() + interval '1 day' from staff where username like 'bench%'`,
    );
    await tx.query(
      `insert into sip_credentials (sip_username, realm, ha1, staff_id, session_id, tab_id)
       select sip_username, '12356.local', 'x', id, 'bench-' || id, 'tab' from staff where username like 'bench%'`,
    );
    await tx.query(
      `insert into seats (staff_id, status, current_call_id, last_offered_at)
       select id, 'on-call', 'busy-' || id, now() - random() * interval '1 hour' from staff where username like 'bench%'`,
    );
  });
  return store;
}

/** 100 callers already held by the PBX, across the centres, one in ten with a recent risk record. */
async function seedWaiting(store: Store): Promise<void> {
  const centres = provinces.fujian.centres.map((c) => c.areaCode);
  await store.query(
    `insert into hotline_calls (call_id, dialled, area_code, state, queued_at, priority, pbx_tindex, pbx_tlabel)
     select 'waiting-' || n, ($1::text[])[1 + n % array_length($1::text[], 1)] || '12356', ($1::text[])[1 + n % array_length($1::text[], 1)],
            'waiting', now() - n * interval '1 second', case when n % 10 = 0 then 'recent-risk' else 'normal' end, n, n
       from generate_series(1, $2) n`,
    [centres, WAITING],
  );
}

async function time(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

const figure = (values: number[]) => `p50 ${percentile(values, 50).toFixed(2)} ms / p90 ${percentile(values, 90).toFixed(2)} ms / p99 ${percentile(values, 99).toFixed(2)} ms / max ${Math.max(...values).toFixed(2)} ms over ${values.length}`;

/**
 * GET /api/pbx/route's decision (routing.ts, without HTTP) with 1,000 staff: every counsellor busy
 * and nobody waiting (the full search), a new caller joining behind 100 waiting calls, and a
 * released caller being offered to their counsellor. Also
 * one dispatch pass over the 100 waiting calls when 50 counsellors come free. Target: p99 ≤ 20 ms.
 */
test('route decision with 1,000 staff and 100 waiting calls', async () => {
  test.setTimeout(10 * 60_000);
  const store = await busyProvince();
  const live = inProcessBus();
  const options = { overrides: {}, live };

  for (let i = 0; i < 20; i++) await routeCall(store, { dialled: '059112356', callId: `warm-${i}`, callerNumberHash: null, tried: [] }, options);

  // Nobody waiting yet: the router looks for a free counsellor among the line's, finds none, says why.
  const firstInLine: number[] = [];
  for (let i = 0; i < DECISIONS; i++) {
    firstInLine.push(await time(() => routeCall(store, { dialled: '059112356', callId: `first-${i}`, callerNumberHash: `hash-${i}`, tried: [] }, options)));
  }
  await store.query(`update hotline_calls set state = 'abandoned' where call_id like 'first-%'`);

  await seedWaiting(store);
  const joining: number[] = [];
  for (let i = 0; i < DECISIONS; i++) {
    joining.push(await time(() => routeCall(store, { dialled: '059112356', callId: `join-${i}`, callerNumberHash: `hash-${i}`, tried: [] }, options)));
  }

  const [someone] = await store.query<{ sipUsername: string }>(`select sip_username as "sipUsername" from staff where username = 'bench1'`);
  const offering: number[] = [];
  for (let i = 0; i < DECISIONS; i++) {
    const callId = `join-${i}`;
    await store.query(`update hotline_calls set released_to = $2, released_at = now() where call_id = $1`, [callId, someone?.sipUsername]);
    offering.push(await time(() => routeCall(store, { dialled: '059112356', callId, callerNumberHash: `hash-${i}`, tried: [] }, options)));
    await store.query(`update hotline_calls set state = 'abandoned', released_to = null where call_id = $1`, [callId]);
  }

  await store.query(`update seats set status = 'available', current_call_id = null where staff_id in (select id from staff where username like 'bench%' order by username limit 50)`);
  let released = 0;
  const dispatchMs = await time(async () => {
    released = await dispatchWaiting({ store, overrides: {}, live, release: async () => 'released' });
  });

  console.log(`route decision, every counsellor busy, nobody waiting yet (1,000 staff): ${figure(firstInLine)} (target p99 ≤ 20 ms)`);
  console.log(`route decision, new caller joins the queue behind ${WAITING} waiting: ${figure(joining)} (target p99 ≤ 20 ms)`);
  console.log(`route decision, released caller offered to their counsellor: ${figure(offering)} (target p99 ≤ 20 ms)`);
  console.log(`dispatch pass, ${WAITING}+ waiting and 50 counsellors free: ${dispatchMs.toFixed(1)} ms, ${released} released`);
  await store.close();
});
