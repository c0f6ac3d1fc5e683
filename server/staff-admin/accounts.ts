import { randomInt, randomUUID } from 'node:crypto';
import { extensionRanges, mayManage, passwordProblems, type Manager, type StaffAccount, type StaffInput } from '../../src/contract/admin-staff';
import type { Role } from '../../src/contract';
import type { SignedIn } from '../auth/sessions';
import { hashPassword } from '../auth/password';
import type { CentreSettingsOverrides } from '../config';
import { loadCentreSettings } from '../shifts/settings';
import type { Queryable } from '../store/store';

/**
 * One-time passwords are 15 random characters from 57 (about 87 bits), so no hash cost is needed
 * to stop a guess: scrypt's cost protects passwords people choose. At the production cost (2^15,
 * 32 MiB) 1,000 accounts would take minutes; at 2^10 (1 MiB, 1/32 of the work) they hash in
 * parallel on the threadpool in seconds (bench/staff-import.bench.ts). The password the person
 * then chooses is hashed at the production cost (auth/password.ts), and the account cannot be
 * used before that.
 */
export const oneTimeCost = { N: 2 ** 10, r: 8, p: 1 };

// No 0/O, 1/l/I: the password is read off a screen and typed.
const lower = 'abcdefghijkmnopqrstuvwxyz';
const upper = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const digits = '23456789';
const alphabet = lower + upper + digits;

/** Three groups of five, e.g. `Kx7pQ-m2rTz-9wAbc`, passing the policy for any username of 3+ characters. */
export function newOneTimePassword(username: string): string {
  for (;;) {
    const chars = Array.from({ length: 15 }, () => alphabet[randomInt(alphabet.length)]).join('');
    const candidate = `${chars.slice(0, 5)}-${chars.slice(5, 10)}-${chars.slice(10)}`;
    const classes = [lower, upper, digits].filter((set) => [...candidate].some((char) => set.includes(char))).length;
    if (classes === 3 && passwordProblems(candidate, { username }).length === 0) return candidate;
  }
}

export const hashOneTimePassword = (password: string) => hashPassword(password, oneTimeCost);

export interface StaffRow {
  id: string;
  username: string;
  display_name: string;
  role: Role;
  centre_area_code: string | null;
  sip_username: string;
  trainee: boolean;
  signed_off_at: Date | null;
  deactivated_at: Date | null;
  must_change_password: boolean;
  created_at: Date;
}

export const staffColumns = `id, username, display_name, role, centre_area_code, sip_username, trainee, signed_off_at,
  deactivated_at, must_change_password, created_at`;

export function toAccount(row: StaffRow): StaffAccount {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    centre: row.centre_area_code,
    sipUsername: row.sip_username,
    trainee: row.trainee,
    signedOffAt: row.signed_off_at?.toISOString() ?? null,
    deactivatedAt: row.deactivated_at?.toISOString() ?? null,
    mustChangePassword: row.must_change_password,
    createdAt: row.created_at.toISOString(),
  };
}

/** What an account's edit changed, for the audit log: never its password hash. */
export function auditedFields(account: StaffAccount | StaffInput) {
  return { username: account.username, displayName: account.displayName, role: account.role, centre: account.centre, trainee: account.trainee };
}

export async function loadAccount(db: Queryable, id: string, lock = false): Promise<StaffAccount | undefined> {
  const [row] = await db.query<StaffRow>(`select ${staffColumns} from staff where id = $1${lock ? ' for update' : ''}`, [id]);
  return row && toAccount(row);
}

export async function managerOf(db: Queryable, auth: SignedIn, overrides: CentreSettingsOverrides): Promise<Manager> {
  const settings = auth.role === 'supervisor' ? await loadCentreSettings(db, auth.centreAreaCode, overrides) : null;
  return { role: auth.role, centre: auth.centreAreaCode, supervisorsManageStaff: settings?.supervisorsManageStaff ?? false };
}

/** What the viewer may manage, as the screen explains it. */
export function managesOf(manager: Manager): 'all' | 'centreCounsellors' | 'none' {
  if (manager.role === 'admin') return 'all';
  return mayManage(manager, { role: 'counsellor', centre: manager.centre }) ? 'centreCounsellors' : 'none';
}

/**
 * The next free extensions of a role's ranges. Deactivated accounts keep theirs (the row stays),
 * and a number ever registered by the simulator or listed in the transfer directory is skipped,
 * so an extension never rings someone it used to. Call inside the transaction that inserts them,
 * which this locks against another assignment.
 */
export async function nextExtensions(tx: Queryable, role: Role, count: number): Promise<string[]> {
  await tx.query("select pg_advisory_xact_lock(hashtext('staff-extensions'))");
  const taken = new Set(
    (
      await tx.query<{ number: string }>(
        `select sip_username as number from staff
          union select sip_username from sip_credentials
          union select number from transfer_targets`,
      )
    ).map((row) => row.number),
  );
  const free: string[] = [];
  for (const [from, to] of extensionRanges[role]) {
    for (let number = from; number <= to && free.length < count; number += 1) {
      if (!taken.has(String(number))) free.push(String(number));
    }
  }
  return free;
}

export interface NewAccount {
  input: StaffInput;
  sipUsername: string;
  passwordHash: string;
}

export async function insertAccount(tx: Queryable, account: NewAccount): Promise<StaffAccount> {
  const { input } = account;
  const [row] = await tx.query<StaffRow>(
    `insert into staff (id, username, display_name, role, centre_area_code, sip_username, password_hash, trainee, must_change_password)
     values ($1, $2, $3, $4, $5, $6, $7, $8, true) returning ${staffColumns}`,
    [randomUUID(), input.username, input.displayName.trim(), input.role, input.centre, account.sipUsername, account.passwordHash, input.trainee],
  );
  if (!row) throw new Error('staff insert returned no row');
  return toAccount(row);
}
