import { createHash, randomBytes } from 'node:crypto';
import type { Role } from '../../src/contract';
import type { Queryable, Store } from '../store/store';

export const SESSION_COOKIE = 'sid';
/** A long shift; every request pushes the end out again. */
export const SESSION_TTL_SEC = 16 * 60 * 60;
/** However busy, a session ends this long after sign-in: a stolen cookie does not live for ever. */
export const SESSION_MAX_SEC = 24 * 60 * 60;
/** Live sessions per account (desk PC, laptop, a spare browser); signing in again ends the oldest. */
export const MAX_SESSIONS_PER_ACCOUNT = 5;

export interface SignedIn {
  sessionId: string;
  staffId: string;
  username: string;
  displayName: string;
  role: Role;
  sipUsername: string;
  centreAreaCode: string | null;
  /** Signed in with a one-time password: only me, sign-out and the password change answer. */
  mustChangePassword: boolean;
}

export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Returns the cookie token; only its hash is stored. Sessions of the account beyond the newest
 * few end here, with their SIP credentials, so a forgotten browser does not stay signed in.
 */
export async function startSession(store: Store, staffId: string): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await store.transaction(async (tx) => {
    await tx.query(
      `insert into sessions (id, staff_id, expires_at) values ($1, $2, now() + make_interval(secs => $3))`,
      [sessionIdOf(token), staffId, SESSION_TTL_SEC],
    );
    const ended = await tx.query<{ id: string }>(
      `update sessions set revoked_at = now()
        where id in (select id from sessions
                      where staff_id = $1 and revoked_at is null and expires_at > now()
                      order by created_at desc, id offset $2)
        returning id`,
      [staffId, MAX_SESSIONS_PER_ACCOUNT],
    );
    await tx.query('update sip_credentials set revoked_at = now() where session_id = any($1::text[]) and revoked_at is null', [
      ended.map((row) => row.id),
    ]);
  });
  return token;
}

/**
 * The live session behind a cookie token, slid forward by this use but never past its absolute
 * end; undefined when absent, expired or revoked.
 */
export async function resumeSession(db: Queryable, token: string): Promise<SignedIn | undefined> {
  const [row] = await db.query<SignedIn>(
    `update sessions s
        set last_seen_at = now(),
            expires_at = least(now() + make_interval(secs => $2), s.created_at + make_interval(secs => $3))
       from staff st
      where s.id = $1 and s.revoked_at is null and s.expires_at > now() and st.id = s.staff_id
        and st.deactivated_at is null
        and s.created_at + make_interval(secs => $3) > now()
  returning s.id as "sessionId", st.id as "staffId", st.username, st.display_name as "displayName",
            st.role, st.sip_username as "sipUsername", st.centre_area_code as "centreAreaCode",
            st.must_change_password as "mustChangePassword"`,
    [sessionIdOf(token), SESSION_TTL_SEC, SESSION_MAX_SEC],
  );
  return row;
}

/** Ends the session and every SIP credential issued under it, so its softphones drop off the PBX. */
export async function endSession(store: Store, sessionId: string): Promise<void> {
  await store.transaction(async (tx) => {
    await tx.query('update sessions set revoked_at = now() where id = $1 and revoked_at is null', [sessionId]);
    await tx.query('update sip_credentials set revoked_at = now() where session_id = $1 and revoked_at is null', [
      sessionId,
    ]);
  });
}
