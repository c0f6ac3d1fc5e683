import { api } from '../../src/contract';
import { announce } from '../events/announce';
import { route } from '../http/route';
import type { App, Deps } from '../http/types';
import { changeSeat } from '../shifts/change';
import { seatView } from '../shifts/view';
import { currentTrainingScope, outsideTrainingScope } from '../training/scope';

/** The counsellor's own seat: its status decides whether the PBX rings it. */
export function seatRoutes(app: App, deps: Deps): void {
  const { store, config } = deps;

  route(app, deps, api.seat, ({ auth }) => seatView(store, auth, config.centreSettingsOverrides));

  route(app, deps, api.changeSeat, async ({ auth, body }) => {
    // A mock call does not occupy the seat (#14): the trainee's phone answering or ending one
    // leaves the real seat, the queue and the board as they are.
    if (currentTrainingScope()) return outsideTrainingScope(() => seatView(store, auth, config.centreSettingsOverrides));
    const view = await changeSeat(store, auth, body, config.centreSettingsOverrides);
    // After the commit: the call queue counts the answer or the end, or offers the free seat a call.
    await deps.queue.seatChanged(auth.staffId, body);
    await announce(deps.live, { kind: 'seat', staffId: auth.staffId });
    return view;
  });
}
