import { api } from '../../src/contract';
import { announce } from '../events/announce';
import { route } from '../http/route';
import type { App, Deps } from '../http/types';
import { clockIn, clockOut } from '../shifts/clock';
import { handover } from '../shifts/handover';

/** Clocking in and out of a shift, and what one shift leaves the next. */
export function shiftRoutes(app: App, deps: Deps): void {
  const { store, config } = deps;

  route(app, deps, api.clockIn, async ({ auth }) => {
    const view = await clockIn(store, auth, config.centreSettingsOverrides);
    await announce(deps.live, { kind: 'seat', staffId: auth.staffId });
    return view;
  });

  route(app, deps, api.clockOut, async ({ auth, body }) => {
    const summary = await clockOut(store, auth, body.handoverNote);
    await announce(deps.live, { kind: 'seat', staffId: auth.staffId });
    return summary;
  });

  route(app, deps, api.handover, ({ auth }) => handover(store, auth.centreAreaCode));
}
