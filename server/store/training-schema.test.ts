import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from './migrate';
import { openPglite } from './pglite';
import type { Store } from './store';

/**
 * The training schema's tables are twins of the real ones (016_training.sql): the real record code
 * runs on them for a training call. A migration that changes a real table without its twin would
 * break training calls only, so this compares every twin's columns and checks with its original.
 */
describe('the training schema', () => {
  let store: Store;
  beforeAll(async () => {
    store = await openPglite();
    await migrate(store);
  });
  afterAll(() => store.close());

  const columns = (schema: string, table: string) =>
    store.query<{ name: string; type: string; nullable: string; fallback: string | null }>(
      `select column_name as name, data_type as type, is_nullable as nullable, column_default as fallback
         from information_schema.columns where table_schema = $1 and table_name = $2 order by ordinal_position`,
      [schema, table],
    );
  const checks = (schema: string, table: string) =>
    store.query<{ definition: string }>(
      `select pg_get_constraintdef(c.oid) as definition
         from pg_constraint c join pg_class t on t.oid = c.conrelid join pg_namespace n on n.oid = t.relnamespace
        where n.nspname = $1 and t.relname = $2 and c.contype in ('c', 'u', 'p') order by 1`,
      [schema, table],
    );

  it('has a twin of each table a call record writes, shaped exactly like it', async () => {
    const twins = await store.query<{ name: string }>(
      "select table_name as name from information_schema.tables where table_schema = 'training' order by 1",
    );
    expect(twins.map((t) => t.name)).toEqual([
      'audit_log',
      'centre_alerts',
      'contacts',
      'follow_ups',
      'handoff_read_failures',
      'handoffs',
      'nuisance_numbers',
      'nuisance_suggestions',
      'record_handovers',
      'record_reviews',
      'supervision_log',
      'supervisions',
    ]);
    for (const { name } of twins) {
      expect(await columns('training', name), name).toEqual(await columns('public', name));
      expect(await checks('training', name), name).toEqual(await checks('public', name));
    }
  });
});
