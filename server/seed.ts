import { randomUUID } from 'node:crypto';
import type { Role } from '../src/contract';
import { hashPassword } from './auth/password';
import { provinces, type ProvinceKey } from './provinces';
import type { Store } from './store/store';

export interface DemoAccount {
  username: string;
  password: string;
  displayName: string;
  role: Role;
  sipUsername: string;
  /** Area code of the centre; null for staff who serve the whole province. */
  centre: string | null;
  /** In training: takes mock calls only, until a trainer signs them off (#14). */
  trainee?: boolean;
}

/** Fixed and public on purpose: they exist for demos and tests, and SEED_DEMO=false leaves them out. */
export const demoAccounts: readonly DemoAccount[] = [
  { username: 'counsellor1', password: 'Demo-12356-c1', displayName: '张咨询员', role: 'counsellor', sipUsername: '8001', centre: '0591' },
  { username: 'counsellor2', password: 'Demo-12356-c2', displayName: '李咨询员', role: 'counsellor', sipUsername: '8002', centre: '0591' },
  { username: 'counsellor3', password: 'Demo-12356-c3', displayName: '王咨询员', role: 'counsellor', sipUsername: '8003', centre: '0592' },
  { username: 'trainee1', password: 'Demo-12356-n1', displayName: '周学员', role: 'counsellor', sipUsername: '8005', centre: '0591', trainee: true },
  { username: 'supervisor1', password: 'Demo-12356-s1', displayName: '陈督导', role: 'supervisor', sipUsername: '8101', centre: '0591' },
  { username: 'supervisor2', password: 'Demo-12356-s2', displayName: '郑督导', role: 'supervisor', sipUsername: '8104', centre: '0592' },
  { username: 'trainer1', password: 'Demo-12356-t1', displayName: '林培训师', role: 'trainer', sipUsername: '8201', centre: null },
  { username: 'admin1', password: 'Demo-12356-a1', displayName: '黄管理员', role: 'admin', sipUsername: '8301', centre: null },
];

/**
 * Centres and institutions are reference data, so they are written on every start, demo or not;
 * rows an admin has edited are left alone.
 */
export async function seedProvince(store: Store, provinceKey: ProvinceKey): Promise<void> {
  const province = provinces[provinceKey];
  await store.transaction(async (tx) => {
    for (const centre of province.centres) {
      await tx.query(
        `insert into centres (area_code, city_zh, city_en, province_zh, province_en) values ($1, $2, $3, $4, $5)
         on conflict (area_code) do update
           set city_zh = excluded.city_zh, city_en = excluded.city_en,
               province_zh = excluded.province_zh, province_en = excluded.province_en
         -- A centre an admin renamed or closed (#15) stays as they left it.
         where centres.edited_at is null`,
        [centre.areaCode, centre.cityZh, centre.cityEn, province.zh, province.en],
      );
    }
    for (const institution of province.institutions) {
      await tx.query(
        `insert into institutions (id, name_zh, name_en, area_code, phone) values ($1, $2, $3, $4, $5)
         on conflict (id) do update
           set name_zh = excluded.name_zh, name_en = excluded.name_en, area_code = excluded.area_code,
               -- An empty seed phone is "not confirmed yet", not "remove the number a centre entered".
               phone = coalesce(nullif(excluded.phone, ''), institutions.phone)
         -- An institution an admin edited or retired (#15) stays as they left it.
         where institutions.edited_at is null`,
        [institution.id, institution.nameZh, institution.nameEn, institution.areaCode, institution.phone],
      );
    }
  });
}

/** Safe to run on every start: accounts that exist (and passwords changed since) are kept. */
export async function seedDemoAccounts(store: Store): Promise<void> {
  const existing = new Set(
    (await store.query<{ username: string }>('select username from staff')).map((row) => row.username),
  );
  const missing = demoAccounts.filter((account) => !existing.has(account.username));
  // Hashing is slow on purpose, so it happens before the transaction and only for new accounts.
  const hashes = await Promise.all(missing.map((account) => hashPassword(account.password)));
  await store.transaction(async (tx) => {
    for (const [index, account] of missing.entries()) {
      await tx.query(
        `insert into staff (id, username, display_name, role, centre_area_code, sip_username, password_hash, trainee)
         values ($1, $2, $3, $4, $5, $6, $7, $8) on conflict do nothing`,
        [randomUUID(), account.username, account.displayName, account.role, account.centre, account.sipUsername, hashes[index], account.trainee ?? false],
      );
    }
  });
}
