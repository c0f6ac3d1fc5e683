import type { CentreSettings } from '../../src/contract';
import type { CentreSettingsOverrides } from '../config';
import type { LiveBus } from '../events/bus';
import { loadCentreSettings } from '../shifts/settings';
import type { Store } from '../store/store';
import { publishAlerts } from './rows';
import { raiseLongCalls, raiseLongOpenRescues, raiseNobodyAvailable, raiseOverdueFollowUps, type CentreLimits } from './rules';

/** Often enough that a time-based alert is at most a few seconds late; cheap: four small queries. */
export const SWEEP_EVERY_MS = 5000;

export interface SweepDeps {
  store: Store;
  overrides: CentreSettingsOverrides;
  live: LiveBus;
}

/** Every centre's settings, read at each sweep so an admin's change applies within seconds. */
async function allCentreSettings(store: Store, overrides: CentreSettingsOverrides) {
  const centres = await store.query<{ areaCode: string }>('select area_code as "areaCode" from centres order by area_code');
  const settings = await Promise.all(centres.map(({ areaCode }) => loadCentreSettings(store, areaCode, overrides)));
  return (pick: (s: CentreSettings) => number): CentreLimits => ({ areaCodes: centres.map((c) => c.areaCode), seconds: settings.map(pick) });
}

/** Raises the time-based alerts due at `now`; answers the ids raised (and published) by this call. */
export async function sweepAlerts({ store, overrides, live }: SweepDeps, now = new Date()): Promise<string[]> {
  const limits = await allCentreSettings(store, overrides);
  const raised = [
    ...(await raiseLongCalls(store, limits((s) => s.longCallAlertSec), now)),
    ...(await raiseLongOpenRescues(store, limits((s) => s.rescueOpenAlertSec), now)),
    ...(await raiseNobodyAvailable(store, limits((s) => s.serviceLevelSec), now)),
    ...(await raiseOverdueFollowUps(store, now)),
  ];
  await publishAlerts(live, raised);
  return raised;
}

/**
 * Sweeps every few seconds in this process. Safe with several API processes on one database: the
 * dedupe key makes the second insert of an alert a no-op. A failed sweep is logged and the next
 * one tries again; sweeps never overlap. Stopping waits for a sweep under way, so the store can
 * be closed after it.
 */
export function startAlertSweep(deps: SweepDeps, everyMs = SWEEP_EVERY_MS): () => Promise<void> {
  let running: Promise<void> | null = null;
  const timer = setInterval(() => {
    running ??= sweepAlerts(deps)
      .then(() => undefined)
      .catch((error: unknown) => console.error(`alert sweep failed: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        running = null;
      });
  }, everyMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
