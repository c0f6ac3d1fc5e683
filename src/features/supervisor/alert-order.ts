import type { CentreAlert } from '../../contract';

const newestFirst = (a: CentreAlert, b: CentreAlert) => Date.parse(b.raisedAt) - Date.parse(a.raisedAt);

/** Open alerts first, newest first; then the acknowledged ones, newest first. */
export function alertsInOrder(alerts: readonly CentreAlert[]): { open: CentreAlert[]; acknowledged: CentreAlert[] } {
  const open = alerts.filter((alert) => alert.acknowledgedAt === null).sort(newestFirst);
  const acknowledged = alerts.filter((alert) => alert.acknowledgedAt !== null).sort(newestFirst);
  return { open, acknowledged };
}

/** Alerts in `current` that were not in `seen` and are still open: the ones to sound for. */
export function newOpenAlerts(current: readonly CentreAlert[], seen: ReadonlySet<string>): CentreAlert[] {
  return current.filter((alert) => alert.acknowledgedAt === null && !seen.has(alert.id));
}
