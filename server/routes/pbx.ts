import { api } from '../../src/contract';
import { routeCall } from '../pbx/routing';
import { route } from '../http/route';
import type { App, Deps } from '../http/types';
import { liveHa1 } from '../sip/credentials';

/** Callbacks from the PBX (Kamailio's http_client): plain-text answers, 404 for "none". */
export function pbxRoutes(app: App, deps: Deps): void {
  const { store } = deps;

  route(app, deps, api.pbxHa1, async ({ query }) => (await liveHa1(store, query.username, query.realm, deps.config.demoPretendNumbers)) ?? null);

  route(app, deps, api.pbxRoute, async ({ query }) => {
    const tried = (query.tried ?? '').split(',').map((name) => name.trim()).filter(Boolean);
    const decision = await routeCall(store, { dialled: query.dialled, callId: query.callId, tried });
    return decision.outcome === 'offered' ? decision.sipUsername : null;
  });
}
