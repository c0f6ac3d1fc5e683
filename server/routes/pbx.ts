import { api, DialString } from '../../src/contract';
import { callerHasher } from '../contacts/caller-hash';
import { routeCall } from '../pbx/routing';
import { route } from '../http/route';
import type { App, Deps } from '../http/types';
import { liveHa1 } from '../sip/credentials';

/**
 * Callbacks from the PBX (Kamailio's http_client): plain-text answers, 404 for "none" (for a route,
 * with a body saying why, which the PBX turns into the caller's SIP status).
 */
export function pbxRoutes(app: App, deps: Deps): void {
  const { store } = deps;
  const hashCaller = callerHasher(store, deps.config.callerHashPepper);

  route(app, deps, api.pbxHa1, async ({ query }) => (await liveHa1(store, query.username, query.realm, deps.config.demoPretendNumbers)) ?? null);

  route(app, deps, api.pbxRoute, async ({ query }) => {
    const tried = (query.tried ?? '').split(',').map((name) => name.trim()).filter(Boolean);
    const caller = DialString.safeParse(query.caller);
    const callerNumberHash = caller.success ? await hashCaller(caller.data) : null;
    const decision = await routeCall(
      store,
      { dialled: query.dialled, callId: query.callId, tried, callerNumberHash, unreachable: query.unreachable || null },
      { overrides: deps.config.centreSettingsOverrides, live: deps.live },
    );
    if (decision.outcome === 'offered') return decision.sipUsername;
    if (decision.outcome === 'queue') {
      // Callers may already wait behind a seat that just came free.
      deps.queue.kick();
      return { notFound: `queue:${decision.limitSec}` };
    }
    return { notFound: decision.reason };
  });

  route(app, deps, api.pbxQueueEvent, async ({ query }) => {
    const { event, callId, tindex, tlabel } = query;
    if (event === 'queued') {
      if (tindex === undefined || tlabel === undefined) return { notFound: 'no-transaction' };
      await deps.queue.pbxEvent({ event, callId, tindex, tlabel });
    } else {
      await deps.queue.pbxEvent({ event, callId });
    }
    return 'ok';
  });
}
