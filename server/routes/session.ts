import { deleteCookie, setCookie } from 'hono/cookie';
import { api } from '../../src/contract';
import { audit } from '../audit';
import { verifyAgainstDummy, verifyPassword } from '../auth/password';
import { endSession, SESSION_COOKIE, startSession } from '../auth/sessions';
import { announce } from '../events/announce';
import { chargeAttempt, clearFailures, takeBackAttempt, type ThrottlePolicy } from '../auth/throttle';
import { requesterAddress } from '../http/client-address';
import { ApiError } from '../http/errors';
import { route } from '../http/route';
import type { App, Deps } from '../http/types';
import { resumeSeatOnSignIn } from '../shifts/clock';
import { leaveSeatOnSignOut } from '../shifts/seat';
import { loadMe } from '../staff';

/** One username from one address: three free tries, then 1 s, 2 s, 4 s… up to 15 minutes. */
const perUserAndAddress: ThrottlePolicy = { windowSec: 15 * 60, freeFailures: 3, wait: 'growing' };
/**
 * All usernames from one address, checked before the password hash (about 200 ms of CPU each), so
 * nobody can keep the server busy by inventing usernames. Successes are taken back, so a centre
 * behind one address signing in at shift change is not counted.
 */
const perAddress: ThrottlePolicy = { windowSec: 15 * 60, freeFailures: 20, wait: 'flat' };

export function sessionRoutes(app: App, deps: Deps): void {
  const { store, config } = deps;
  // No Max-Age: the cookie ends with the browser, which on a shared desk PC is the safer default;
  // the server ends idle sessions on its own.
  const cookieOptions = { httpOnly: true, sameSite: 'Strict', path: '/', secure: config.cookieSecure } as const;

  route(app, deps, api.login, async ({ c, body }) => {
    const username = body.username.trim().toLowerCase();
    const address = requesterAddress(c, deps);
    const [staff] = await store.query<{ id: string; password_hash: string; deactivated: boolean }>(
      'select id, password_hash, deactivated_at is not null as deactivated from staff where username = $1',
      [username],
    );
    // Someone else's wrong passwords from elsewhere never lock the real user out. Known and unknown
    // usernames are counted alike, so when the answer turns to 429 says nothing of who has an account.
    const key = `user:${username}@${address}`;
    const addressKey = `address:${address}`;
    const retryAfterSec = await chargeAttempt(store, 'sign_in_failures', [
      [key, perUserAndAddress],
      [addressKey, perAddress],
    ]);
    if (retryAfterSec > 0) throw new ApiError(429, 'too_many_attempts', { retryAfterSec });

    const ok = staff ? await verifyPassword(body.password, staff.password_hash) : await verifyAgainstDummy(body.password);
    // A deactivated account is answered as a wrong password, so usernames cannot be probed.
    if (!staff || !ok || staff.deactivated) {
      // Already counted as a failure before the hash. Only known accounts are audited: an unknown
      // "username" is often a password typed in the wrong box.
      if (staff) await audit(store, { staffId: staff.id, action: 'session.login_failed', subjectType: 'staff', subjectId: staff.id });
      throw new ApiError(401, 'bad_credentials');
    }

    await clearFailures(store, 'sign_in_failures', key);
    await takeBackAttempt(store, 'sign_in_failures', addressKey);
    setCookie(c, SESSION_COOKIE, await startSession(store, staff.id), cookieOptions);
    await resumeSeatOnSignIn(store, staff.id);
    await announce(deps.live, { kind: 'seat', staffId: staff.id });
    await audit(store, { staffId: staff.id, action: 'session.login', subjectType: 'staff', subjectId: staff.id });
    return loadMe(store, staff.id);
  });

  route(app, deps, api.logout, async ({ c, auth }) => {
    // The shift stays open: a counsellor whose browser crashed signs in again and carries on.
    await endSession(store, auth.sessionId);
    await store.transaction((tx) => leaveSeatOnSignOut(tx, auth.staffId));
    await announce(deps.live, { kind: 'seat', staffId: auth.staffId });
    deleteCookie(c, SESSION_COOKIE, cookieOptions);
    await audit(store, { staffId: auth.staffId, action: 'session.logout', subjectType: 'staff', subjectId: auth.staffId });
    return { ok: true } as const;
  });

  route(app, deps, api.me, async ({ auth }) => loadMe(store, auth.staffId));
}
