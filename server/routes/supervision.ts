import { api, type Supervision } from '../../src/contract';
import { publishAlerts } from '../alerts/rows';
import { announce } from '../events/announce';
import type { LiveChange } from '../events/bus';
import { ApiError } from '../http/errors';
import { route } from '../http/route';
import type { App, Deps } from '../http/types';
import { grantSupervision } from '../supervision/grant';
import { changeMode, endSupervision, visibleTo } from '../supervision/lifecycle';
import { readSupervisionRow, toSupervision } from '../supervision/rows';
import { vouchSupervision } from '../supervision/vouch';

const changeOf = (supervision: Supervision, change: Extract<LiveChange, { kind: 'supervision' }>['change']): LiveChange => ({
  kind: 'supervision',
  change,
  supervisionId: supervision.id,
  staffId: supervision.counsellorId,
  callId: supervision.callId,
});

/** Supervision on a live call: the grant, the seat's vouching, mode changes and the end (#13). */
export function supervisionRoutes(app: App, deps: Deps): void {
  const { store, live } = deps;

  route(app, deps, api.startSupervision, ({ auth, body }) => grantSupervision(store, auth, body));

  route(app, deps, api.vouchSupervision, async ({ auth, params, body }) => {
    const outcome = await vouchSupervision(store, auth, params.id, body.token, body.callId);
    if (!outcome.vouched) {
      if (outcome.alertId) await publishAlerts(live, [outcome.alertId]);
      throw new ApiError(403, 'forbidden');
    }
    await announce(live, changeOf(outcome.supervision, 'started'));
    return outcome.supervision;
  });

  route(app, deps, api.supervision, async ({ auth, params }) => toSupervision(visibleTo(await readSupervisionRow(store, params.id), auth)));

  route(app, deps, api.changeSupervisionMode, async ({ auth, params, body }) => {
    const { supervision, changed } = await changeMode(store, auth, params.id, body.mode);
    if (changed) await announce(live, changeOf(supervision, 'changed'));
    return supervision;
  });

  route(app, deps, api.endSupervision, async ({ auth, params, body }) => {
    const { supervision, changed } = await endSupervision(store, auth, params.id, body.reason);
    if (changed) await announce(live, changeOf(supervision, 'ended'));
    return supervision;
  });
}
