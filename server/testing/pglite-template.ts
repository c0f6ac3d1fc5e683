import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { TestProject } from 'vitest/node';
import { hashPassword } from '../auth/password';
import { demoAccounts, seedDemoAccounts, seedProvince } from '../seed';
import { seedNoteChips } from '../settings/note-chips';
import { migrate } from '../store/migrate';
import { openPglite } from '../store/pglite';
import { seedTransferTargets } from '../transfers/directory';
import { installBuiltInScenarios } from '../training-library/scenarios';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A dump (`dumpDataDir`) of the migrated, seeded database every harness starts from. */
    pgliteTemplate: string;
  }
}

// A fresh PGlite spends most of its 1.5-5 s start in initdb; one loaded from a dump skips it. The
// harness opens about 40 databases a run, so the server project builds this one once.
// Sign-ins cost one password check each: the demo accounts here are hashed at scrypt N=2^10
// instead of 2^15 (password.test.ts and migrate.test.ts hold production's cost).
const testCost = { N: 2 ** 10, r: 8, p: 1 };

export default async function buildTemplate(project: TestProject): Promise<() => Promise<void>> {
  const dir = await mkdtemp(join(tmpdir(), 'hotline-pglite-template-'));
  const dataDir = join(dir, 'data');
  const store = await openPglite(dataDir);
  try {
    await migrate(store);
    await seedProvince(store, 'fujian');
    await seedDemoAccounts(store);
    for (const account of demoAccounts) {
      await store.query('update staff set password_hash = $1 where username = $2', [
        await hashPassword(account.password, testCost),
        account.username,
      ]);
    }
    await seedNoteChips(store);
    await seedTransferTargets(store, 'fujian');
    await installBuiltInScenarios(store);
  } finally {
    await store.close();
  }
  const db = await PGlite.create(dataDir);
  const dump = join(dir, 'template.tar');
  await writeFile(dump, Buffer.from(await (await db.dumpDataDir('none')).arrayBuffer()));
  await db.close();
  project.provide('pgliteTemplate', dump);
  return () => rm(dir, { recursive: true, force: true });
}
