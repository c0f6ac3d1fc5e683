import type { StaffAccount } from '../../src/contract/admin-staff';
import { ApiError } from '../http/errors';
import { goOffline } from '../shifts/seat';
import type { Queryable } from '../store/store';

/** A refusal the screen explains: a 409 whose one issue names the rule (`validation.adminStaff.x`). */
export function refused(rule: string, path: string[] = []): ApiError {
  return new ApiError(409, 'conflict', { issues: [{ path, message: `adminStaff.${rule}` }] });
}

/**
 * Ends an account's access now: every session (its next request answers 401, its event stream
 * closes at the next heartbeat), every SIP credential (the PBX's next HA1 lookup for it finds none,
 * so a REGISTER or a call with it is refused) and its seat goes offline, so routing never offers it
 * a call. Run in the transaction that deactivates or resets the account.
 */
export async function endAccess(tx: Queryable, staffId: string): Promise<void> {
  const ended = await tx.query<{ id: string }>(
    'update sessions set revoked_at = now() where staff_id = $1 and revoked_at is null returning id',
    [staffId],
  );
  await tx.query(
    'update sip_credentials set revoked_at = now() where (staff_id = $1 or session_id = any($2::text[])) and revoked_at is null',
    [staffId, ended.map((row) => row.id)],
  );
  await goOffline(tx, staffId);
}

/** A deployment always keeps an admin who can sign in: the last one is neither deactivated nor demoted. */
export async function assertNotLastAdmin(tx: Queryable, account: StaffAccount): Promise<void> {
  if (account.role !== 'admin' || account.deactivatedAt !== null) return;
  // Locked, so two admins deactivating each other at once cannot both succeed.
  const admins = await tx.query<{ id: string }>(
    "select id from staff where role = 'admin' and deactivated_at is null and id <> $1 for update",
    [account.id],
  );
  if (admins.length === 0) throw refused('lastAdmin');
}

export async function assertCentreExists(db: Queryable, centre: string | null): Promise<void> {
  if (centre === null) return;
  const known = await db.query('select 1 from centres where area_code = $1', [centre]);
  if (known.length === 0) throw new ApiError(400, 'validation', { issues: [{ path: ['centre'], message: 'adminStaff.unknownCentre' }] });
}
