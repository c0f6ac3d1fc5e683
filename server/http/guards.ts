import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { PBX_SECRET_HEADER, type Access, type Role } from '../../src/contract';
import { resumeSession, SESSION_COOKIE } from '../auth/sessions';
import { isLoopback } from '../config';
import type { AppEnv, Deps } from './types';
import { ApiError } from './errors';

function sameSecret(given: string, expected: string): boolean {
  // Hashing first gives equal lengths, so the comparison time says nothing about the secret.
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

function pbxGuard(deps: Deps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const given = c.req.header(PBX_SECRET_HEADER);
    if (!given) throw new ApiError(401, 'unauthenticated');
    if (!sameSecret(given, deps.config.pbxSharedSecret) || !isLoopback(deps.clientAddress(c))) {
      throw new ApiError(403, 'forbidden');
    }
    await next();
  };
}

function sessionGuard(deps: Deps, roles: readonly Role[] | undefined, beforePasswordChange: boolean): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    const auth = token ? await resumeSession(deps.store, token) : undefined;
    if (!auth) throw new ApiError(401, 'unauthenticated');
    if (auth.mustChangePassword && !beforePasswordChange) throw new ApiError(403, 'password_change_required');
    if (roles && !roles.includes(auth.role)) throw new ApiError(403, 'forbidden');
    c.set('auth', auth);
    await next();
  };
}

/**
 * `beforePasswordChange`: answered to a session still on its one-time password (#15): who am I,
 * sign out, change the password. Every other endpoint answers 403 password_change_required.
 *
 * Every endpoint names who may call it; there is no default to fall back on, so an endpoint
 * without a valid `access` fails when it is registered, before the server listens.
 */
export function guardFor(access: Access, deps: Deps, { beforePasswordChange = false } = {}): MiddlewareHandler<AppEnv> {
  if (typeof access === 'object') {
    if (!Array.isArray(access) || access.length === 0) throw new Error('endpoint access lists no role');
    return sessionGuard(deps, access, beforePasswordChange);
  }
  switch (access) {
    case 'public':
      return (_c, next) => next();
    case 'signed-in':
      return sessionGuard(deps, undefined, beforePasswordChange);
    case 'pbx':
      return pbxGuard(deps);
    default: {
      const unknown: never = access;
      throw new Error(`endpoint access not understood: ${String(unknown)}`);
    }
  }
}
