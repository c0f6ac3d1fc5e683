import { api } from '../../src/contract';
import { acknowledgeAlert } from '../alerts/acknowledge';
import { requestHelp } from '../alerts/help';
import { latestHelpRequest, publishAlerts } from '../alerts/rows';
import { route } from '../http/route';
import type { App, Deps } from '../http/types';

/** A counsellor's help request, and supervisors acknowledging their centre's alerts. */
export function alertRoutes(app: App, deps: Deps): void {
  const { store, live } = deps;

  route(app, deps, api.requestHelp, async ({ auth, body }) => {
    const { alert, raised } = await requestHelp(store, auth, body.reason);
    if (raised) await publishAlerts(live, [alert.id]);
    return alert;
  });

  route(app, deps, api.myHelpRequest, async ({ auth }) => ({ request: await latestHelpRequest(store, auth.staffId) }));

  route(app, deps, api.acknowledgeAlert, async ({ auth, params }) => {
    const { alert, changed } = await acknowledgeAlert(store, auth, params.id);
    if (changed) await publishAlerts(live, [alert.id]);
    return alert;
  });
}
