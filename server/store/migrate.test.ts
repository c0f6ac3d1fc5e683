import { readdir } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../auth/password';
import { demoAccounts, seedDemoAccounts, seedProvince } from '../seed';
import { seedCentreSettings } from '../shifts/settings';
import { seedTransferTargets } from '../transfers/directory';
import { migrate } from './migrate';
import { openPglite } from './pglite';
import type { Store } from './store';

describe('migrations and seed on PGlite', () => {
  let store: Store;
  beforeEach(async () => {
    store = await openPglite();
  });
  afterEach(() => store.close());

  it('applies every migration once, and nothing the second time', async () => {
    const files = (await readdir(new URL('../migrations/', import.meta.url))).filter((name) => name.endsWith('.sql')).sort();
    expect(files.slice(0, 8)).toEqual(['001_initial.sql', '002_contacts.sql', '003_transfers.sql', '004_shifts.sql', '005_call_offers.sql', '006_sign_in_throttle.sql', '007_record_handovers.sql', '008_nuisance_list.sql']);
    expect(await migrate(store)).toEqual(files);
    expect(await migrate(store)).toEqual([]);
    const tables = await store.query<{ name: string }>(
      "select table_name as name from information_schema.tables where table_schema = 'public' order by 1",
    );
    expect(tables.map((t) => t.name)).toEqual([
      'audit_log',
      'call_routing',
      'centre_alerts',
      'centre_settings',
      'centres',
      'contacts',
      'follow_ups',
      'handoff_read_failures',
      'handoffs',
      'hotline_calls',
      'institutions',
      'nuisance_numbers',
      'nuisance_suggestions',
      'record_handovers',
      'record_reviews',
      'schema_migrations',
      'seat_events',
      'seats',
      'server_secrets',
      'sessions',
      'settings',
      'shift_sessions',
      'sign_in_failures',
      'sip_credentials',
      'staff',
      'supervision_log',
      'supervisions',
      'training_calls',
      'training_scenarios',
      'training_scores',
      'transfer_targets',
    ]);
  });

  it('seeds Fujian and the demo accounts, and seeding again changes nothing', async () => {
    await migrate(store);
    for (let round = 0; round < 2; round++) {
      await seedProvince(store, 'fujian');
      await seedDemoAccounts(store);
      await seedTransferTargets(store, 'fujian');
      await seedCentreSettings(store, {});
    }
    expect(await store.query('select area_code from centre_settings')).toHaveLength(9);
    const targets = await store.query<{ id: string; sort_order: number }>('select id, sort_order from transfer_targets order by sort_order');
    expect(targets).toHaveLength(17);
    expect(targets.map((t) => t.sort_order)).toEqual([...targets.keys()]);
    const centres = await store.query<{ area_code: string; city_en: string }>('select area_code, city_en from centres order by 1');
    expect(centres).toHaveLength(9);
    expect(centres[0]).toEqual({ area_code: '0591', city_en: 'Fuzhou' });
    const staff = await store.query<{ username: string; role: string; sip_username: string; centre_area_code: string | null; trainee: boolean }>(
      'select username, role, sip_username, centre_area_code, trainee from staff order by sip_username',
    );
    expect(staff).toEqual([
      { username: 'counsellor1', role: 'counsellor', sip_username: '8001', centre_area_code: '0591', trainee: false },
      { username: 'counsellor2', role: 'counsellor', sip_username: '8002', centre_area_code: '0591', trainee: false },
      { username: 'counsellor3', role: 'counsellor', sip_username: '8003', centre_area_code: '0592', trainee: false },
      { username: 'trainee1', role: 'counsellor', sip_username: '8005', centre_area_code: '0591', trainee: true },
      { username: 'supervisor1', role: 'supervisor', sip_username: '8101', centre_area_code: '0591', trainee: false },
      { username: 'supervisor2', role: 'supervisor', sip_username: '8104', centre_area_code: '0592', trainee: false },
      { username: 'trainer1', role: 'trainer', sip_username: '8201', centre_area_code: null, trainee: false },
      { username: 'admin1', role: 'admin', sip_username: '8301', centre_area_code: null, trainee: false },
    ]);
    // Production's cost: the test harness's copies of these accounts are hashed cheaper.
    const hashes = await store.query<{ password_hash: string }>('select password_hash from staff');
    expect(hashes.map((row) => row.password_hash.split('$').slice(0, 4).join('$'))).toEqual(Array(demoAccounts.length).fill('scrypt$32768$8$1'));
  });

  it('keeps a password changed after seeding', async () => {
    await migrate(store);
    await seedProvince(store, 'fujian');
    await seedDemoAccounts(store);
    await store.query("update staff set password_hash = $1 where username = 'counsellor1'", [await hashPassword('changed')]);
    await seedDemoAccounts(store);
    const [row] = await store.query<{ password_hash: string }>("select password_hash from staff where username = 'counsellor1'");
    expect(await verifyPassword('changed', row?.password_hash ?? '')).toBe(true);
  });
});
