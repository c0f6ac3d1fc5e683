import type { AlertKind, CentreAlert } from '../../src/contract';
import type { LiveBus } from '../events/bus';
import type { Queryable } from '../store/store';

export interface AlertRow {
  id: string;
  kind: AlertKind;
  raisedAt: Date;
  staffId: string | null;
  staffName: string | null;
  reason: string | null;
  line: string | null;
  acknowledgedAt: Date | null;
  acknowledgedBy: string | null;
  centreAreaCode: string;
}

/** An alert as the contract carries it, with the centre it belongs to (who may see and acknowledge it). */
export type StoredAlert = CentreAlert & { centreAreaCode: string };

/** Every column of an alert as the contract names it, with its centre; callers add `where …`. */
export const alertSelect = `
  select a.id, a.kind, a.raised_at as "raisedAt", a.staff_id as "staffId", s.display_name as "staffName",
         a.reason, a.line, a.acknowledged_at as "acknowledgedAt", k.display_name as "acknowledgedBy",
         a.centre_area_code as "centreAreaCode"
    from centre_alerts a left join staff s on s.id = a.staff_id left join staff k on k.id = a.acknowledged_by`;

export const toAlert = (row: AlertRow): StoredAlert => ({
  ...row,
  raisedAt: row.raisedAt.toISOString(),
  acknowledgedAt: row.acknowledgedAt?.toISOString() ?? null,
});

/** The alert as an event or a screen carries it: without the centre, which decides only who sees it. */
export function withoutCentre({ centreAreaCode: _centre, ...alert }: StoredAlert): CentreAlert {
  return alert;
}

export async function readAlert(db: Queryable, id: string): Promise<StoredAlert | null> {
  const [row] = await db.query<AlertRow>(`${alertSelect} where a.id = $1`, [id]);
  return row ? toAlert(row) : null;
}

/** A counsellor's newest help request, open or seen. */
export async function latestHelpRequest(db: Queryable, staffId: string): Promise<StoredAlert | null> {
  const [row] = await db.query<AlertRow>(`${alertSelect} where a.kind = 'help' and a.staff_id = $1 order by a.raised_at desc limit 1`, [
    staffId,
  ]);
  return row ? toAlert(row) : null;
}

/**
 * Tells the event stream about alerts raised or acknowledged; called after the transaction that
 * wrote them has committed, so a subscriber re-reading the alert finds it.
 */
export async function publishAlerts(live: LiveBus, alertIds: Iterable<string>): Promise<void> {
  for (const alertId of alertIds) await live.publish({ kind: 'alert', alertId });
}
