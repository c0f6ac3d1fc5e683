import type { SignedIn } from '../auth/sessions';
import { ApiError } from '../http/errors';
import type { Store } from '../store/store';
import { latestHelpRequest, readAlert, type StoredAlert } from './rows';

/**
 * Raises the counsellor's help alert, or answers the one still open: asking twice must not page the
 * supervisors twice. The dedupe key counts the counsellor's help requests, so two requests racing
 * both try the same key and only one row is made.
 */
export async function requestHelp(store: Store, auth: SignedIn, reason: string): Promise<{ alert: StoredAlert; raised: boolean }> {
  const centre = auth.centreAreaCode;
  // Help goes to the supervisors of one's centre: without a centre nobody would see it.
  if (centre === null) throw new ApiError(409, 'conflict');
  return store.transaction(async (tx) => {
    const [raised] = await tx.query<{ id: string }>(
      `insert into centre_alerts (centre_area_code, kind, staff_id, call_id, line, reason, dedupe_key)
       select $1, 'help', $2, se.current_call_id, c.dialled, nullif($3, ''),
              'help:' || $2 || ':' || (select count(*) from centre_alerts where kind = 'help' and staff_id = $2)
         from (select 1) one
         left join seats se on se.staff_id = $2
         left join contacts c on c.call_id = se.current_call_id
        where not exists (select 1 from centre_alerts where kind = 'help' and staff_id = $2 and acknowledged_at is null)
       on conflict (dedupe_key) do nothing
       returning id`,
      [centre, auth.staffId, reason.trim()],
    );
    const alert = raised ? await readAlert(tx, raised.id) : await latestHelpRequest(tx, auth.staffId);
    // Lost a race to a request that a supervisor acknowledged at once: the client asks again.
    if (!alert || (!raised && alert.acknowledgedAt !== null)) throw new ApiError(409, 'conflict');
    return { alert, raised: Boolean(raised) };
  });
}
