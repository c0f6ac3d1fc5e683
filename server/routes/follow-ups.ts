import { api } from '../../src/contract';
import { closeFollowUp, listFollowUps, reassignFollowUp } from '../follow-ups/tasks';
import { route } from '../http/route';
import type { App, Deps } from '../http/types';

/** Follow-up tasks: the call-backs high-risk records leave. */
export function followUpRoutes(app: App, deps: Deps): void {
  const { store } = deps;
  route(app, deps, api.followUps, async ({ auth, query }) => ({ followUps: await listFollowUps(store, auth, query.state) }));
  route(app, deps, api.closeFollowUp, ({ auth, params, body }) => closeFollowUp(store, auth, params.id, body));
  route(app, deps, api.reassignFollowUp, ({ auth, params, body }) => reassignFollowUp(store, auth, params.id, body.assignedToId));
}
