import pg from 'pg';
import type { Store, Transaction } from './store';

/** A real PostgreSQL server; several API processes may share it. */
export function openPostgres(connectionString: string): Store {
  const pool = new pg.Pool({ connectionString });
  // An idle client losing its connection must not take the process down; the pool replaces it.
  pool.on('error', (error) => console.error('postgres pool error:', error.message));

  return {
    kind: 'postgres',
    query: async <T>(sql: string, params: readonly unknown[] = []) =>
      (await pool.query(sql, [...params])).rows as T[],
    async transaction<T>(fn: (tx: Transaction) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await fn({
          query: async <R>(sql: string, params: readonly unknown[] = []) =>
            (await client.query(sql, [...params])).rows as R[],
          exec: async (script: string) => {
            await client.query(script);
          },
        });
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
