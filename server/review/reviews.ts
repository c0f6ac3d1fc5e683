import type { RecordReview } from '../../src/contract/review';
import { audit } from '../audit';
import type { SignedIn } from '../auth/sessions';
import { readableContact } from '../contacts/access';
import { ApiError } from '../http/errors';
import type { Queryable, Store } from '../store/store';

interface ReviewRow {
  contactId: string;
  text: string;
  authorId: string;
  authorName: string;
  createdAt: Date;
  updatedAt: Date;
}

const reviewSelect = `select r.contact_id as "contactId", r.text, r.author_id as "authorId", s.display_name as "authorName",
         r.created_at as "createdAt", r.updated_at as "updatedAt"
    from record_reviews r join staff s on s.id = r.author_id`;

function toReview(row: ReviewRow): RecordReview {
  return { ...row, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() };
}

async function stored(db: Queryable, contactId: string): Promise<RecordReview | null> {
  const [row] = await db.query<ReviewRow>(`${reviewSelect} where r.contact_id = $1`, [contactId]);
  return row ? toReview(row) : null;
}

/**
 * The review of a record, read by its counsellor or a supervisor of its centre; anyone else gets
 * the record's own 404, so another counsellor's reviews cannot even be told to exist. Audited.
 */
export async function readReview(db: Queryable, auth: SignedIn, contactId: string): Promise<RecordReview | null> {
  await readableContact(db, contactId, auth);
  await audit(db, { staffId: auth.staffId, action: 'review.read', subjectType: 'contact', subjectId: contactId });
  return stored(db, contactId);
}

/**
 * Writes a supervisor's review of a record of their centre, or edits it: only its author may, so
 * one supervisor's words are never put in another's name. A supervisor's own call is reviewed by
 * someone else. The audit keeps who and when, never the text.
 */
export async function saveReview(store: Store, auth: SignedIn, contactId: string, text: string): Promise<RecordReview> {
  return store.transaction(async (tx) => {
    const row = await readableContact(tx, contactId, auth, { lock: true });
    if (row.counsellorId === auth.staffId) throw new ApiError(403, 'forbidden');
    const [written] = await tx.query<{ created: boolean }>(
      `insert into record_reviews (contact_id, author_id, text) values ($1, $2, $3)
       on conflict (contact_id) do update set text = excluded.text, updated_at = now()
        where record_reviews.author_id = excluded.author_id
       returning (xmax = 0) as created`,
      [contactId, auth.staffId, text],
    );
    if (!written) throw new ApiError(403, 'forbidden');
    await audit(tx, {
      staffId: auth.staffId,
      action: written.created ? 'review.written' : 'review.edited',
      subjectType: 'contact',
      subjectId: contactId,
    });
    const review = await stored(tx, contactId);
    if (!review) throw new ApiError(404, 'not_found');
    return review;
  });
}
