import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../auth/password';
import { loadConfig } from '../config';
import { seedProvince } from '../seed';
import { migrate } from '../store/migrate';
import { openPglite } from '../store/pglite';
import type { Store } from '../store/store';
import { seedTransferTargets } from '../transfers/directory';
import { bootstrapAdmin } from './bootstrap';

describe('a real deployment (SEED_DEMO=false)', () => {
  let store: Store;
  beforeAll(async () => {
    store = await openPglite();
    await migrate(store);
    // What server/index.ts runs on start when SEED_DEMO is off.
    await seedProvince(store, 'fujian');
    await seedTransferTargets(store, 'fujian');
  });
  afterAll(() => store.close());

  it('is configured by SEED_DEMO=false and starts with no account at all', async () => {
    expect(loadConfig({ SEED_DEMO: 'false' }).seedDemo).toBe(false);
    expect(await store.query('select username from staff')).toEqual([]);
  });

  it('gets its first admin from BOOTSTRAP_ADMIN, once, on a one-time password that must be changed', async () => {
    expect(loadConfig({ BOOTSTRAP_ADMIN: 'ops-admin' }).bootstrapAdmin).toBe('ops-admin');
    const oneTimePassword = await bootstrapAdmin(store, 'ops-admin');
    const rows = await store.query<{ username: string; role: string; sip_username: string; must_change_password: boolean; password_hash: string }>(
      'select username, role, sip_username, must_change_password, password_hash from staff',
    );
    expect(rows).toEqual([expect.objectContaining({ username: 'ops-admin', role: 'admin', sip_username: '8301', must_change_password: true })]);
    expect(await verifyPassword(oneTimePassword ?? '', rows[0]?.password_hash ?? '')).toBe(true);
    expect(await bootstrapAdmin(store, 'ops-admin')).toBeNull();
    expect(await bootstrapAdmin(store, 'someone-else')).toBeNull();
  });
});
