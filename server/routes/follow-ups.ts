import { api } from '../../src/contract';
import { closeFollowUp, listFollowUps, reassignFollowUp } from '../follow-ups/tasks';
import { announce } from '../events/announce';
import { route } from '../http/route';
import type { App, Deps } from '../http/types';

/** Follow-up tasks: the call-backs high-risk records leave. */
export function followUpRoutes(app: App, deps: Deps): void {
  const { store } = deps;
  route(app, deps, api.followUps, async ({ auth, query }) => ({ followUps: await listFollowUps(store, auth, query.state) }));
  route(app, deps, api.closeFollowUp, async ({ auth, params, body }) => {
    const { followUp, settledAlerts } = await closeFollowUp(store, auth, params.id, body);
    await announce(deps.live, ...settledAlerts.map((alertId) => ({ kind: 'alert' as const, alertId })));
    return followUp;
  });
  route(app, deps, api.reassignFollowUp, ({ auth, params, body }) => reassignFollowUp(store, auth, params.id, body.assignedToId));
}
