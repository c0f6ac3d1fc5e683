import { createHash, randomBytes } from 'node:crypto';
import type { Queryable, Store } from '../store/store';

/** The digest HA1 a SIP registrar compares against (RFC 2617); the password itself is never stored. */
export function ha1Of(username: string, realm: string, password: string): string {
  return createHash('md5').update(`${username}:${realm}:${password}`).digest('hex');
}

export interface CredentialRequest {
  sipUsername: string;
  realm: string;
  /** Null when a trainer registers as a pretend number rather than as themself. */
  staffId: string | null;
  sessionId: string;
  tabId: string;
}

/**
 * Issues a fresh password and revokes every older credential of the same SIP identity: the newest
 * tab takes the seat, and the older tab's next REGISTER fails. Returns the id and the password.
 */
export async function issueCredential(store: Store, request: CredentialRequest) {
  const password = randomBytes(24).toString('base64url');
  const id = await store.transaction(async (tx) => {
    // Two tabs asking at once take turns, so exactly one credential stays live.
    await tx.query("select pg_advisory_xact_lock(hashtext('sip:' || $1))", [request.sipUsername]);
    await tx.query('update sip_credentials set revoked_at = now() where sip_username = $1 and revoked_at is null', [
      request.sipUsername,
    ]);
    const [row] = await tx.query<{ id: string }>(
      `insert into sip_credentials (sip_username, realm, ha1, staff_id, session_id, tab_id)
       values ($1, $2, $3, $4, $5, $6) returning id`,
      [
        request.sipUsername,
        request.realm,
        ha1Of(request.sipUsername, request.realm, password),
        request.staffId,
        request.sessionId,
        request.tabId,
      ],
    );
    if (!row) throw new Error('credential insert returned no row');
    return row.id;
  });
  return { id, password };
}

/**
 * HA1 of the live credential for this identity, if its session is still signed in. Pretend numbers
 * (no staff id) only while the server runs in the demo mode, so a credential issued before a
 * restart into live mode never reaches the PBX.
 */
export async function liveHa1(db: Queryable, sipUsername: string, realm: string, pretendAllowed: boolean): Promise<string | undefined> {
  const [row] = await db.query<{ ha1: string }>(
    `select c.ha1 from sip_credentials c join sessions s on s.id = c.session_id
      where c.sip_username = $1 and c.realm = $2 and c.revoked_at is null
        and s.revoked_at is null and s.expires_at > now()
        and (c.staff_id is not null or $3::boolean)
      order by c.issued_at desc limit 1`,
    [sipUsername, realm, pretendAllowed],
  );
  return row?.ha1;
}

/** Whether this session's tab still has the live credential it was issued (no newer tab took it). */
export async function holdsLiveCredential(db: Queryable, sessionId: string, tabId: string): Promise<boolean> {
  const rows = await db.query('select 1 from sip_credentials where session_id = $1 and tab_id = $2 and revoked_at is null', [
    sessionId,
    tabId,
  ]);
  return rows.length > 0;
}

/**
 * SQL condition on a staff row aliased `st`: their softphone is signed in, i.e. they hold a live
 * credential for their own extension under a live session. Who can be rung depends on it.
 */
export const hasLiveSoftphone = `exists (
    select 1 from sip_credentials c join sessions s on s.id = c.session_id
     where c.sip_username = st.sip_username and c.staff_id = st.id and c.revoked_at is null
       and s.revoked_at is null and s.expires_at > now())`;

export async function isStaffExtension(db: Queryable, number: string): Promise<boolean> {
  const rows = await db.query('select 1 from staff where sip_username = $1', [number]);
  return rows.length > 0;
}
