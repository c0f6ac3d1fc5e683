import { test } from '@playwright/test';
import type { SignedIn } from '../server/auth/sessions';
import { buildReport } from '../server/reports/report';
import { provinceYear } from '../server/reports/testing/province-year';
import { openPglite } from '../server/store/pglite';
import { openPostgres } from '../server/store/postgres';
import type { Store } from '../server/store/store';
import { canStartPostgres, startPostgres } from '../server/testing/postgres';
import { percentile } from './stats';

const CALLS = Number(process.env.BENCH_REPORT_CALLS ?? 1_000_000);
const RUNS = 5;

async function measure(label: string, store: Store): Promise<void> {
  await provinceYear(store, CALLS);
  const [admin] = await store.query<{ id: string }>(`select id from staff where username = 'admin1'`);
  const auth = { staffId: admin?.id ?? '', role: 'admin', centreAreaCode: null } as SignedIn;
  const times: number[] = [];
  let offered = 0;
  for (let i = 0; i < RUNS + 1; i++) {
    const started = performance.now();
    const report = await buildReport(store, auth, { scope: 'province', period: 'month', date: '2026-07-15' }, {});
    if (i > 0) times.push(performance.now() - started);
    offered = report.queue.offered;
  }
  console.log(
    `${label}: monthly province report (July, ${offered} calls offered) median ${percentile(times, 50).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms over ${RUNS} runs (target ≤ 1 s on PostgreSQL)`,
  );
}

test('monthly province report over 1,000,000 generated calls, on PostgreSQL and on PGlite', async () => {
  test.setTimeout(30 * 60_000);
  if (canStartPostgres) {
    const server = startPostgres();
    const store = openPostgres(server.url);
    try {
      await measure('PostgreSQL', store);
    } finally {
      await store.close();
      server.stop();
    }
  } else {
    console.log('PostgreSQL: no server binaries on this machine (Debian package postgresql); skipped');
  }
  const pglite = await openPglite();
  try {
    await measure('PGlite', pglite);
  } finally {
    await pglite.close();
  }
});
