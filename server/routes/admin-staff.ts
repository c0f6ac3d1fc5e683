import { mayManage, passwordProblems, type StaffAccount } from '../../src/contract/admin-staff';
import { adminStaffEndpoints as endpoints } from '../../src/contract/api-admin-staff';
import { audit } from '../audit';
import { changesBetween } from '../audit-changes';
import { hashPassword, verifyPassword } from '../auth/password';
import type { SignedIn } from '../auth/sessions';
import { announce } from '../events/announce';
import { ApiError } from '../http/errors';
import { route } from '../http/route';
import type { App, Deps } from '../http/types';
import { assertCentreExists, assertNotLastAdmin, endAccess, refused } from '../staff-admin/access';
import {
  auditedFields,
  hashOneTimePassword,
  insertAccount,
  loadAccount,
  managerOf,
  managesOf,
  newOneTimePassword,
  nextExtensions,
  staffColumns,
  toAccount,
  type StaffRow,
} from '../staff-admin/accounts';
import { importStaff } from '../staff-admin/import';
import type { Queryable } from '../store/store';

/** Staff administration (#15): who may manage whom is `mayManage` (src/contract/admin-staff.ts). */
export function adminStaffRoutes(app: App, deps: Deps): void {
  const { store, config } = deps;
  const overrides = config.centreSettingsOverrides;

  /** The account, locked, if the signed-in manager may manage it; 404 for an unknown one. */
  async function managed(tx: Queryable, auth: SignedIn, id: string): Promise<StaffAccount> {
    const account = await loadAccount(tx, id, true);
    if (!account) throw new ApiError(404, 'not_found');
    if (!mayManage(await managerOf(tx, auth, overrides), account)) throw new ApiError(403, 'forbidden');
    return account;
  }

  async function withNewOneTimePassword(tx: Queryable, account: StaffAccount) {
    const oneTimePassword = newOneTimePassword(account.username);
    await tx.query('update staff set password_hash = $2, must_change_password = true, deactivated_at = null where id = $1', [
      account.id,
      await hashOneTimePassword(oneTimePassword),
    ]);
    return { account: (await loadAccount(tx, account.id)) as StaffAccount, oneTimePassword };
  }

  route(app, deps, endpoints.staffList, async ({ auth, query }) => {
    const manager = await managerOf(store, auth, overrides);
    // Supervisors see their own centre's accounts only, whatever the filter asks.
    const centre = auth.role === 'admin' ? (query.centre ?? null) : auth.centreAreaCode;
    const rows = await store.query<StaffRow>(
      `select ${staffColumns} from staff
        where ($1::text is null or centre_area_code = $1) and ($2::text is null or role = $2)
          and ($3 = 'all' or ($3 = 'active') = (deactivated_at is null))
          and ($4::boolean or centre_area_code is not null)
        order by centre_area_code nulls first, role, username`,
      [centre, query.role ?? null, query.state, auth.role === 'admin'],
    );
    return { accounts: rows.map(toAccount), manages: managesOf(manager) };
  });

  route(app, deps, endpoints.createStaff, async ({ auth, body }) => {
    if (!mayManage(await managerOf(store, auth, overrides), body)) throw new ApiError(403, 'forbidden');
    await assertCentreExists(store, body.centre);
    const oneTimePassword = newOneTimePassword(body.username);
    const passwordHash = await hashOneTimePassword(oneTimePassword);
    const account = await store.transaction(async (tx) => {
      const taken = await tx.query('select 1 from staff where username = $1', [body.username]);
      if (taken.length > 0) throw refused('usernameTaken', ['username']);
      const [sipUsername] = await nextExtensions(tx, body.role, 1);
      if (!sipUsername) throw refused('noFreeExtension');
      const created = await insertAccount(tx, { input: body, sipUsername, passwordHash });
      const detail = { changes: changesBetween({}, { ...auditedFields(created), sipUsername }) };
      await audit(tx, { staffId: auth.staffId, action: 'staff.create', subjectType: 'staff', subjectId: created.id, detail });
      return created;
    });
    return { account, oneTimePassword };
  });

  route(app, deps, endpoints.updateStaff, async ({ auth, params, body }) => {
    await assertCentreExists(store, body.centre);
    return store.transaction(async (tx) => {
      const before = await managed(tx, auth, params.id);
      // Moving an account out of what the manager manages is as much a change as creating one there.
      if (!mayManage(await managerOf(tx, auth, overrides), body)) throw new ApiError(403, 'forbidden');
      if (body.role !== 'admin') await assertNotLastAdmin(tx, before);
      const taken = await tx.query('select 1 from staff where username = $1 and id <> $2', [body.username, params.id]);
      if (taken.length > 0) throw refused('usernameTaken', ['username']);
      const [row] = await tx.query<StaffRow>(
        `update staff set username = $2, display_name = $3, role = $4, centre_area_code = $5, trainee = $6
          where id = $1 returning ${staffColumns}`,
        [params.id, body.username, body.displayName.trim(), body.role, body.centre, body.trainee],
      );
      const after = toAccount(row as StaffRow);
      const changes = changesBetween(auditedFields(before), auditedFields(after));
      if (changes.length > 0) await audit(tx, { staffId: auth.staffId, action: 'staff.update', subjectType: 'staff', subjectId: params.id, detail: { changes } });
      return after;
    });
  });

  route(app, deps, endpoints.deactivateStaff, async ({ auth, params }) => {
    if (params.id === auth.staffId) throw refused('notYourself');
    const account = await store.transaction(async (tx) => {
      const before = await managed(tx, auth, params.id);
      if (before.deactivatedAt !== null) return before;
      await assertNotLastAdmin(tx, before);
      await tx.query('update staff set deactivated_at = now() where id = $1', [params.id]);
      await endAccess(tx, params.id);
      const detail = { changes: [{ path: 'active', before: true, after: false }] };
      await audit(tx, { staffId: auth.staffId, action: 'staff.deactivate', subjectType: 'staff', subjectId: params.id, detail });
      return (await loadAccount(tx, params.id)) as StaffAccount;
    });
    await announce(deps.live, { kind: 'seat', staffId: params.id });
    return account;
  });

  route(app, deps, endpoints.reactivateStaff, async ({ auth, params }) =>
    store.transaction(async (tx) => {
      const before = await managed(tx, auth, params.id);
      if (before.deactivatedAt === null) throw refused('alreadyActive');
      const answer = await withNewOneTimePassword(tx, before);
      const detail = { changes: [{ path: 'active', before: false, after: true }] };
      await audit(tx, { staffId: auth.staffId, action: 'staff.reactivate', subjectType: 'staff', subjectId: params.id, detail });
      return answer;
    }),
  );

  route(app, deps, endpoints.resetStaffPassword, async ({ auth, params }) => {
    if (params.id === auth.staffId) throw refused('notYourself');
    const answer = await store.transaction(async (tx) => {
      const before = await managed(tx, auth, params.id);
      if (before.deactivatedAt !== null) throw refused('deactivated');
      const reset = await withNewOneTimePassword(tx, before);
      // Whoever holds the old password is signed out with it.
      await endAccess(tx, params.id);
      await audit(tx, { staffId: auth.staffId, action: 'staff.password_reset', subjectType: 'staff', subjectId: params.id });
      return reset;
    });
    await announce(deps.live, { kind: 'seat', staffId: params.id });
    return answer;
  });

  route(app, deps, endpoints.importStaff, async ({ auth, body }) => {
    const report = await importStaff(store, await managerOf(store, auth, overrides), auth.staffId, body.csv);
    await audit(store, {
      staffId: auth.staffId,
      action: 'staff.import',
      subjectType: 'staff',
      detail: { created: report.created.length, refused: report.refused.map(({ row, reasons }) => ({ row, reasons })) },
    });
    return report;
  });

  route(app, deps, endpoints.changePassword, async ({ auth, body }) => {
    const [row] = await store.query<{ password_hash: string }>('select password_hash from staff where id = $1', [auth.staffId]);
    if (!row || !(await verifyPassword(body.currentPassword, row.password_hash))) {
      throw new ApiError(400, 'validation', { issues: [{ path: ['currentPassword'], message: 'adminStaff.wrongCurrentPassword' }] });
    }
    const problems = passwordProblems(body.newPassword, { username: auth.username, previous: body.currentPassword });
    if (problems.length > 0) throw new ApiError(400, 'validation', { issues: problems.map((message) => ({ path: ['newPassword'], message })) });
    const hash = await hashPassword(body.newPassword);
    await store.transaction(async (tx) => {
      await tx.query('update staff set password_hash = $2, must_change_password = false where id = $1', [auth.staffId, hash]);
      // Other browsers signed in with the old password end; this one carries on.
      const others = await tx.query<{ id: string }>(
        'update sessions set revoked_at = now() where staff_id = $1 and id <> $2 and revoked_at is null returning id',
        [auth.staffId, auth.sessionId],
      );
      await tx.query('update sip_credentials set revoked_at = now() where session_id = any($1::text[]) and revoked_at is null', [others.map((o) => o.id)]);
      await audit(tx, { staffId: auth.staffId, action: 'staff.password_changed', subjectType: 'staff', subjectId: auth.staffId });
    });
    return { ok: true } as const;
  });
}
