import { deleteCookie, setCookie } from 'hono/cookie';
import { api } from '../../src/contract';
import { audit } from '../audit';
import { verifyAgainstDummy, verifyPassword } from '../auth/password';
import { endSession, SESSION_COOKIE, startSession } from '../auth/sessions';
import { chargeAttempt, clearFailures, type ThrottlePolicy } from '../auth/throttle';
import { requesterAddress } from '../http/client-address';
import { ApiError } from '../http/errors';
import { route } from '../http/route';
import type { App, Deps } from '../http/types';
import { resumeSeatOnSignIn } from '../shifts/clock';
import { leaveSeatOnSignOut } from '../shifts/seat';
import { loadMe } from '../staff';

/** A known username from one address: three free tries, then 1 s, 2 s, 4 s… up to 15 minutes. */
const perUserAndAddress: ThrottlePolicy = { windowSec: 15 * 60, freeFailures: 3, wait: 'growing' };
/**
 * Unknown usernames from one address, checked before the dummy password hash (about 200 ms of CPU
 * each), so nobody can keep the server busy by inventing usernames.
 */
const unknownPerAddress: ThrottlePolicy = { windowSec: 15 * 60, freeFailures: 20, wait: 'flat' };

export function sessionRoutes(app: App, deps: Deps): void {
  const { store, config } = deps;
  // No Max-Age: the cookie ends with the browser, which on a shared desk PC is the safer default;
  // the server ends idle sessions on its own.
  const cookieOptions = { httpOnly: true, sameSite: 'Strict', path: '/', secure: config.cookieSecure } as const;

  route(app, deps, api.login, async ({ c, body }) => {
    const username = body.username.trim().toLowerCase();
    const address = requesterAddress(c, deps);
    const [staff] = await store.query<{ id: string; password_hash: string }>(
      'select id, password_hash from staff where username = $1',
      [username],
    );
    // Someone else's wrong passwords from elsewhere never lock the real user out.
    const key = staff ? `user:${username}@${address}` : `unknown-user@${address}`;
    const retryAfterSec = await chargeAttempt(store, 'sign_in_failures', [key], staff ? perUserAndAddress : unknownPerAddress);
    if (retryAfterSec > 0) throw new ApiError(429, 'too_many_attempts', { retryAfterSec });

    const ok = staff ? await verifyPassword(body.password, staff.password_hash) : await verifyAgainstDummy(body.password);
    if (!staff || !ok) {
      // Already counted as a failure before the hash. Only known accounts are audited: an unknown
      // "username" is often a password typed in the wrong box.
      if (staff) await audit(store, { staffId: staff.id, action: 'session.login_failed', subjectType: 'staff', subjectId: staff.id });
      throw new ApiError(401, 'bad_credentials');
    }

    await clearFailures(store, 'sign_in_failures', key);
    setCookie(c, SESSION_COOKIE, await startSession(store, staff.id), cookieOptions);
    await resumeSeatOnSignIn(store, staff.id);
    await audit(store, { staffId: staff.id, action: 'session.login', subjectType: 'staff', subjectId: staff.id });
    return loadMe(store, staff.id);
  });

  route(app, deps, api.logout, async ({ c, auth }) => {
    // The shift stays open: a counsellor whose browser crashed signs in again and carries on.
    await endSession(store, auth.sessionId);
    await store.transaction((tx) => leaveSeatOnSignOut(tx, auth.staffId));
    deleteCookie(c, SESSION_COOKIE, cookieOptions);
    await audit(store, { staffId: auth.staffId, action: 'session.logout', subjectType: 'staff', subjectId: auth.staffId });
    return { ok: true } as const;
  });

  route(app, deps, api.me, async ({ auth }) => loadMe(store, auth.staffId));
}
