import type { SignedIn } from '../auth/sessions';
import { hasLiveSoftphone } from '../sip/credentials';
import type { Queryable } from '../store/store';

/**
 * The extension of a supervisor of the asker's centre whose softphone is signed in, or undefined
 * when there is none. Never the asker: a supervisor transferring a call to themself reaches nobody.
 * Of several, the one who signed their softphone in last, as the most likely to be at the desk.
 */
export async function supervisorOnDuty(db: Queryable, auth: SignedIn): Promise<string | undefined> {
  if (auth.centreAreaCode === null) return undefined;
  const [row] = await db.query<{ sipUsername: string }>(
    `select st.sip_username as "sipUsername"
       from staff st
      where st.role = 'supervisor' and st.centre_area_code = $1 and st.id <> $2 and ${hasLiveSoftphone}
      order by (select max(c.issued_at) from sip_credentials c
                 where c.staff_id = st.id and c.revoked_at is null) desc nulls last,
               st.sip_username
      limit 1`,
    [auth.centreAreaCode, auth.staffId],
  );
  return row?.sipUsername;
}
