import { api } from '../../src/contract';
import { openRescues, resolveRescue } from '../contacts/rescues';
import { announce, latestHandoffId } from '../events/announce';
import { route } from '../http/route';
import type { App, Deps } from '../http/types';

export function rescueRoutes(app: App, deps: Deps): void {
  route(app, deps, api.rescues, async ({ auth, query }) => ({ rescues: await openRescues(deps.store, auth, query.scope) }));
  route(app, deps, api.resolveRescue, async ({ auth, params, body }) => {
    const resolved = await resolveRescue(deps.store, auth, params.id, body);
    const handoffId = await latestHandoffId(deps.store, params.id);
    if (handoffId) await announce(deps.live, { kind: 'rescue', change: 'closed', handoffId });
    return resolved;
  });
}
