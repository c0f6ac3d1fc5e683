import { api } from '../../src/contract';
import { route } from '../http/route';
import type { App, Deps } from '../http/types';
import { lineStats } from '../pbx/line-stats';

/** The answer rate's figures for supervisors: calls offered to the centre's lines and those that reached nobody. */
export function lineStatsRoutes(app: App, deps: Deps): void {
  route(app, deps, api.lineStats, ({ auth, query }) => lineStats(deps.store, auth, query.since));
}
