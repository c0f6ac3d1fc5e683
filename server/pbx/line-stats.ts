import type { api, EndpointResponse } from '../../src/contract';
import type { SignedIn } from '../auth/sessions';
import type { Queryable } from '../store/store';

/**
 * Calls routed to the asker's centre since a moment, and those that reached nobody. A centre's
 * lines are its own area code and plain 12356, which any centre of the province may answer; an
 * admin sees every line. A call counts once however many counsellors it rang, and is unanswered
 * when its routing ended finding nobody, even after ringing someone who did not pick up.
 */
export async function lineStats(db: Queryable, auth: SignedIn, since: string): Promise<EndpointResponse<typeof api.lineStats>> {
  const [row] = await db.query<{ offered: number; unanswered: number }>(
    `select count(*)::int as offered, count(*) filter (where outcome = 'no_counsellor')::int as unanswered
       from (select distinct on (call_id) call_id, outcome
               from call_routing
              where at >= $1 and ($2 or area_code is null or area_code = $3)
              order by call_id, at desc, id) last_decision`,
    [since, auth.role === 'admin', auth.centreAreaCode],
  );
  return { since: new Date(since).toISOString(), offered: row?.offered ?? 0, unanswered: row?.unanswered ?? 0 };
}
