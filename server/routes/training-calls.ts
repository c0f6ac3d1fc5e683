import { trainingCallEndpoints } from '../../src/contract/api-training-call';
import { mockCallEndpoints } from '../../src/contract/api-training';
import { announce } from '../events/announce';
import { ApiError } from '../http/errors';
import { route } from '../http/route';
import type { App, Deps } from '../http/types';
import { grantTrainingCall } from '../training/grant';
import { endTrainingCall, trainingCallView, vouchTrainingCall } from '../training/lifecycle';

/** Mock calls (#14): the trainer's grant, the trainee's phone vouching for it, the view and the end. */
export function trainingCallRoutes(app: App, deps: Deps): void {
  const { store, live } = deps;
  const changed = (trainingCallId: string) => announce(live, { kind: 'training', trainingCallId });

  route(app, deps, mockCallEndpoints.startTrainingCall, async ({ auth, body }) => {
    const grant = await grantTrainingCall(store, auth, body);
    await changed(grant.id);
    return grant;
  });

  route(app, deps, trainingCallEndpoints.vouchTraining, async ({ auth, params, body }) => {
    const outcome = await vouchTrainingCall(store, auth, params.id, body.token, body.callId);
    if (!outcome.vouched) throw new ApiError(403, 'forbidden');
    await changed(params.id);
    return outcome.training;
  });

  route(app, deps, mockCallEndpoints.trainingCall, ({ auth, params }) => trainingCallView(store, auth, params.id));

  route(app, deps, mockCallEndpoints.endTrainingCall, async ({ auth, params, body }) => {
    const { call, changed: ended } = await endTrainingCall(store, auth, params.id, body.reason);
    if (ended) await changed(params.id);
    return call;
  });
}
