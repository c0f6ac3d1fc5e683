import type { RiskLevel } from '../../src/contract';
import type { Queryable } from '../store/store';

export interface ShiftActivity {
  calls: { answeredAt: Date; endedAt: Date | null; riskLevel: RiskLevel }[];
  /** An open break has no end yet. */
  breaks: { startedAt: Date; endedAt: Date | null }[];
}

/** What a counsellor did between clock-in and clock-out (or now, while the shift is open). */
export async function shiftActivity(db: Queryable, staffId: string, from: Date, until: Date | null): Promise<ShiftActivity> {
  const calls = await db.query<ShiftActivity['calls'][number]>(
    `select answered_at as "answeredAt", ended_at as "endedAt", risk_level as "riskLevel"
       from contacts
      where counsellor_id = $1 and answered_at >= $2 and ($3::timestamptz is null or answered_at <= $3)
      order by answered_at, id`,
    [staffId, from, until],
  );
  // A break lasts until the seat's next change of status, whatever that is.
  const breaks = await db.query<ShiftActivity['breaks'][number]>(
    `select at as "startedAt", next_at as "endedAt"
       from (select status, at, lead(at) over (order by at, id) as next_at
               from seat_events
              where staff_id = $1 and at >= $2 and ($3::timestamptz is null or at <= $3)) e
      where status = 'break'
      order by at`,
    [staffId, from, until],
  );
  return { calls, breaks };
}
