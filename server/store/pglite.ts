import { mkdirSync } from 'node:fs';
import { PGlite, type Transaction as PgliteTransaction } from '@electric-sql/pglite';
import { lockDataFolder } from './folder-lock';
import type { Store, Transaction } from './store';

function wrap(tx: PgliteTransaction): Transaction {
  return {
    query: async <T>(sql: string, params: readonly unknown[] = []) => (await tx.query<T>(sql, [...params])).rows,
    exec: async (script: string) => {
      await tx.exec(script);
    },
  };
}

/**
 * Embedded PostgreSQL: on disk under `dataDir`, or in memory (tests) when it is omitted. On disk
 * the folder is locked first, so a second server refuses to start instead of losing writes.
 * In memory, `template` (another database's `dumpDataDir`) starts it as a copy of that one and
 * skips initdb, most of a fresh database's start (the test harness opens one per test file).
 */
export async function openPglite(dataDir?: string, template?: Blob): Promise<Store> {
  let release = () => {};
  if (dataDir) {
    mkdirSync(dataDir, { recursive: true });
    release = lockDataFolder(dataDir);
  }
  const opening = dataDir ? PGlite.create(dataDir) : PGlite.create(template && { loadDataDir: template });
  const db = await opening.catch((error: unknown) => {
    release();
    throw error;
  });
  return {
    kind: 'pglite',
    query: async <T>(sql: string, params: readonly unknown[] = []) => (await db.query<T>(sql, [...params])).rows,
    transaction: (fn) => db.transaction((tx) => fn(wrap(tx))),
    close: async () => {
      await db.close();
      release();
    },
  };
}
