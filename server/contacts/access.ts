import type { SignedIn } from '../auth/sessions';
import { ApiError } from '../http/errors';
import type { Queryable } from '../store/store';
import { contactsWithStaff, recordColumns, type ContactRecordRow } from './rows';

/** How the signed-in staff member stands to a record: who wrote it, who supervises it, or nobody. */
type Relation = 'owner' | 'supervisor' | 'none';

function relationOf(row: Pick<ContactRecordRow, 'counsellorId' | 'centreAreaCode'>, auth: SignedIn): Relation {
  if (row.counsellorId === auth.staffId) return 'owner';
  const supervises = auth.role === 'supervisor' && auth.centreAreaCode !== null && auth.centreAreaCode === row.centreAreaCode;
  return supervises ? 'supervisor' : 'none';
}

async function load(db: Queryable, id: string, lock: boolean): Promise<ContactRecordRow | undefined> {
  const [row] = await db.query<ContactRecordRow>(
    `select ${recordColumns} from ${contactsWithStaff} where c.id = $1${lock ? ' for update of c' : ''}`,
    [id],
  );
  return row;
}

/**
 * A record its owner or a supervisor of its centre may read. Anyone else gets the same 404 as for
 * a record that does not exist, so ids cannot be probed for what they hold. `lock` holds the row
 * until the transaction ends, for a change both may make.
 */
export async function readableContact(db: Queryable, id: string, auth: SignedIn, { lock = false } = {}): Promise<ContactRecordRow> {
  const row = await load(db, id, lock);
  if (!row || relationOf(row, auth) === 'none') throw new ApiError(404, 'not_found');
  return row;
}

/**
 * A record only its owner may change, locked until the transaction ends so saves of one record
 * take turns. A supervisor who may read it is told no (403); anyone else learns nothing (404).
 */
export async function writableContact(db: Queryable, id: string, auth: SignedIn): Promise<ContactRecordRow> {
  const row = await load(db, id, true);
  const relation = row ? relationOf(row, auth) : 'none';
  if (!row || relation === 'none') throw new ApiError(404, 'not_found');
  if (relation !== 'owner') throw new ApiError(403, 'forbidden');
  return row;
}
