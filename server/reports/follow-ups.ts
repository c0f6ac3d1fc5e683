import type { FollowUpFigures } from '../../src/contract/reports';
import type { Queryable } from '../store/store';
import type { ReportWindow } from './window';

/**
 * Follow-ups DUE in the period (follow_ups.due_at), of the centre whose record left them: done on
 * time when the call back was made (reached or not) by the due time, late after it. `public` by
 * name: a mock call's follow-up is never counted.
 */
const followUpsSql = `
  select count(*)::int as due,
         count(*) filter (where f.outcome in ('reached', 'not-reached') and f.closed_at <= f.due_at)::int as "doneOnTime",
         count(*) filter (where f.outcome in ('reached', 'not-reached') and f.closed_at > f.due_at)::int as "doneLate",
         count(*) filter (where f.outcome = 'no-longer-needed')::int as cancelled,
         count(*) filter (where f.closed_at is null)::int as open
    from public.follow_ups f
   where f.due_at >= $1 and f.due_at < $2 and ($3::text is null or f.centre_area_code = $3)`;

export async function followUpReport(db: Queryable, window: ReportWindow): Promise<FollowUpFigures> {
  const [row] = await db.query<FollowUpFigures>(followUpsSql, [window.from, window.to, window.areaCode]);
  return row ?? { due: 0, doneOnTime: 0, doneLate: 0, cancelled: 0, open: 0 };
}
