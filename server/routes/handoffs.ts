import { getCookie } from 'hono/cookie';
import { api } from '../../src/contract';
import { resumeSession, SESSION_COOKIE } from '../auth/sessions';
import { announce } from '../events/announce';
import { createHandoff } from '../handoffs/create';
import { readHandoff } from '../handoffs/read';
import { requesterAddress } from '../http/client-address';
import { route } from '../http/route';
import type { App, Deps } from '../http/types';

/** Hand-off packets: written by the counsellor's workstation, read by the receiving side with its token. */
export function handoffRoutes(app: App, deps: Deps): void {
  const { store } = deps;

  route(app, deps, api.createHandoff, async ({ auth, params, body }) => {
    const handoff = await createHandoff(store, auth, params.id, body);
    await announce(deps.live, { kind: 'rescue', change: 'opened', handoffId: body.id });
    return handoff;
  });

  route(app, deps, api.readHandoff, async ({ c, params, body }) => {
    // Public, so no guard resumed a session; a reader who is signed in is audited by name.
    const cookie = getCookie(c, SESSION_COOKIE);
    const reader = cookie ? await resumeSession(store, cookie) : undefined;
    return readHandoff(store, {
      handoffId: params.handoffId,
      token: body.token,
      peer: requesterAddress(c, deps),
      staffId: reader?.staffId ?? null,
    });
  });
}
