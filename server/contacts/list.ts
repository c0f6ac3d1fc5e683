import type { ContactStatus, ContactSummary } from '../../src/contract';
import type { SignedIn } from '../auth/sessions';
import { ApiError } from '../http/errors';
import type { Queryable } from '../store/store';
import { contactsWithStaff, summaryColumns, toSummary, type ContactRow } from './rows';

export interface ListRequest {
  scope: 'mine' | 'centre';
  status?: ContactStatus | undefined;
  limit: number;
}

/**
 * A counsellor's own records, or (supervisors only) those of the supervisor's centre; newest first.
 * Numbers are masked here: a list is glanced at, and revealing a number is a separate, audited act.
 */
export async function listContacts(db: Queryable, auth: SignedIn, request: ListRequest): Promise<ContactSummary[]> {
  if (request.scope === 'centre' && auth.role !== 'supervisor') throw new ApiError(403, 'forbidden');
  const [column, value] = request.scope === 'mine' ? ['c.counsellor_id', auth.staffId] : ['c.centre_area_code', auth.centreAreaCode];
  const rows = await db.query<ContactRow>(
    `select ${summaryColumns} from ${contactsWithStaff}
      where ${column} = $1 and ($2::text is null or c.status = $2)
      order by c.answered_at desc, c.id limit $3`,
    [value, request.status ?? null, request.limit],
  );
  return rows.map(toSummary);
}
