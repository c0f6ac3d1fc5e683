import { test } from '@playwright/test';
import { hashPassword } from '../server/auth/password';
import { seedDemoAccounts, seedProvince } from '../server/seed';
import { hashOneTimePassword } from '../server/staff-admin/accounts';
import { importStaff } from '../server/staff-admin/import';
import { migrate } from '../server/store/migrate';
import { openPglite } from '../server/store/pglite';
import { seedTransferTargets } from '../server/transfers/directory';

const ACCOUNTS = 1000;

/**
 * The CSV import of 1,000 accounts (#15) as an admin runs it (importStaff without HTTP), on PGlite in
 * this process: every row checked, 1,000 one-time passwords hashed in parallel on the threadpool,
 * the accounts and their audit entries written in one transaction. Beside it, what one hash costs
 * at the one-time cost and at the production cost, for the choice in server/staff-admin/accounts.ts.
 */
test('CSV import of 1,000 accounts', async () => {
  test.setTimeout(10 * 60_000);
  const store = await openPglite();
  await migrate(store);
  await seedProvince(store, 'fujian');
  await seedTransferTargets(store, 'fujian');
  await seedDemoAccounts(store);
  const [admin] = await store.query<{ id: string }>(`select id from staff where username = 'admin1'`);
  const centres = ['0591', '0592', '0593', '0594', '0595'];
  const rows = Array.from({ length: ACCOUNTS }, (_, i) => {
    const role = i % 20 === 0 ? 'supervisor' : 'counsellor';
    return `import${String(i).padStart(4, '0')},咨询员${i},${role},${centres[i % centres.length]},${i % 10 === 1 ? '是' : '否'}`;
  });
  const csv = `\uFEFF用户名,姓名,角色,中心,学员\n${rows.join('\n')}\n`;

  const perHash = async (hash: (password: string) => Promise<string>, count: number) => {
    const started = performance.now();
    for (let i = 0; i < count; i++) await hash(`Bench-Password-${i}`);
    return (performance.now() - started) / count;
  };
  console.log(`one hash: one-time cost ${(await perHash(hashOneTimePassword, 20)).toFixed(1)} ms, production cost ${(await perHash(hashPassword, 5)).toFixed(1)} ms`);

  const started = performance.now();
  const report = await importStaff(store, { role: 'admin', centre: null, supervisorsManageStaff: false }, admin?.id ?? '', csv);
  const elapsed = performance.now() - started;
  console.log(`CSV import of ${ACCOUNTS} accounts: ${(elapsed / 1000).toFixed(2)} s (${report.created.length} created, ${report.refused.length} refused)`);
  if (report.refused.length > 0) throw new Error(`rows refused: ${JSON.stringify(report.refused.slice(0, 3))}`);
  await store.close();
});
