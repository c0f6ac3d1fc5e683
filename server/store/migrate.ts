import { readdir, readFile } from 'node:fs/promises';
import type { Store } from './store';

const migrationsDir = new URL('../migrations/', import.meta.url);
const fileName = /^(\d{3})_[a-z0-9_]+\.sql$/;
/** Any constant works; it only has to be the same in every API process sharing one database. */
const migrationLock = 12356;

interface Migration {
  version: string;
  name: string;
  sql: string;
}

async function readMigrations(): Promise<Migration[]> {
  const names = (await readdir(migrationsDir)).filter((name) => name.endsWith('.sql')).sort();
  const migrations = await Promise.all(
    names.map(async (name) => {
      const match = fileName.exec(name);
      if (!match?.[1]) throw new Error(`migration file name must look like 001_name.sql: ${name}`);
      return { version: match[1], name, sql: await readFile(new URL(name, migrationsDir), 'utf8') };
    }),
  );
  if (new Set(migrations.map((m) => m.version)).size !== migrations.length) {
    throw new Error('two migration files share a version number');
  }
  return migrations;
}

/**
 * Applies pending migrations in order, all in one transaction: a failure leaves the schema as it was.
 * The advisory lock makes API processes starting together against one PostgreSQL take turns.
 * Returns the names applied.
 */
export async function migrate(store: Store): Promise<string[]> {
  const migrations = await readMigrations();
  return store.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [migrationLock]);
    await tx.exec(`create table if not exists schema_migrations (
      version text primary key,
      name text not null,
      applied_at timestamptz not null default now()
    )`);
    const applied = new Set(
      (await tx.query<{ version: string }>('select version from schema_migrations')).map((row) => row.version),
    );
    const pending = migrations.filter((migration) => !applied.has(migration.version));
    for (const migration of pending) {
      await tx.exec(migration.sql);
      await tx.query('insert into schema_migrations (version, name) values ($1, $2)', [migration.version, migration.name]);
    }
    return pending.map((migration) => migration.name);
  });
}
