import { api } from '../../src/contract';
import { route } from '../http/route';
import type { App, Deps } from '../http/types';
import { clockIn, clockOut } from '../shifts/clock';
import { handover } from '../shifts/handover';

/** Clocking in and out of a shift, and what one shift leaves the next. */
export function shiftRoutes(app: App, deps: Deps): void {
  const { store, config } = deps;

  route(app, deps, api.clockIn, ({ auth }) => clockIn(store, auth, config.centreSettingsOverrides));

  route(app, deps, api.clockOut, ({ auth, body }) => clockOut(store, auth, body.handoverNote));

  route(app, deps, api.handover, ({ auth }) => handover(store, auth.centreAreaCode));
}
