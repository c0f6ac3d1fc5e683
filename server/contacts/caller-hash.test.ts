import { createHash, createHmac } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../store/migrate';
import { openPglite } from '../store/pglite';
import type { Store } from '../store/store';
import { callerHasher } from './caller-hash';

describe('callerHasher', () => {
  let store: Store;
  beforeAll(async () => {
    store = await openPglite();
    await migrate(store);
  });
  afterAll(() => store.close());
  beforeEach(() => store.query('truncate server_secrets'));

  it('makes up a pepper once and keeps it, so hashes survive a restart', async () => {
    const first = await callerHasher(store, undefined)('13800138000');
    const afterRestart = await callerHasher(store, undefined)('13800138000');
    expect(afterRestart).toBe(first);
    expect(first).not.toBe(createHash('sha256').update('13800138000').digest('hex'));
    expect(await callerHasher(store, undefined)('13900139000')).not.toBe(first);
    expect(await store.query('select 1 from server_secrets')).toHaveLength(1);
  });

  it('agrees with itself when several processes make the pepper at once', async () => {
    const hashes = await Promise.all([1, 2, 3].map(() => callerHasher(store, undefined)('13800138000')));
    expect(new Set(hashes).size).toBe(1);
  });

  it('uses the configured pepper and stores none', async () => {
    const pepper = 'configured-pepper-0123456789';
    expect(await callerHasher(store, pepper)('13800138000')).toBe(createHmac('sha256', pepper).update('13800138000').digest('hex'));
    expect(await store.query('select 1 from server_secrets')).toHaveLength(0);
  });
});
