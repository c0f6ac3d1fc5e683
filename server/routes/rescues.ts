import { api } from '../../src/contract';
import { openRescues, resolveRescue } from '../contacts/rescues';
import { route } from '../http/route';
import type { App, Deps } from '../http/types';

export function rescueRoutes(app: App, deps: Deps): void {
  route(app, deps, api.rescues, async ({ auth, query }) => ({ rescues: await openRescues(deps.store, auth, query.scope) }));
  route(app, deps, api.resolveRescue, ({ auth, params, body }) => resolveRescue(deps.store, auth, params.id, body));
}
