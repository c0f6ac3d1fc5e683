import type { RecordHandover } from '../../src/contract';
import { audit } from '../audit';
import type { SignedIn } from '../auth/sessions';
import type { Queryable, Store } from '../store/store';
import { writableContact } from './access';
import { assertDraft } from './save';

/**
 * Records whose counsellor may not be offered another call: a high- or imminent-risk draft neither
 * completed nor handed to a supervisor (`holdsNextCall` in the contract, written for SQL). `owner`
 * is the SQL expression of the counsellor's staff id.
 */
export const holdsNextCallSql = (owner: string) =>
  `exists (select 1 from contacts held
            where held.counsellor_id = ${owner} and held.status = 'draft' and held.risk_level in ('high', 'imminent')
              and not exists (select 1 from record_handovers rh where rh.contact_id = held.id))`;

interface HandoverRow {
  contactId: string;
  riskLevel: RecordHandover['riskLevel'];
  reason: string;
  handedOverBy: string;
  handedOverByName: string;
  handedOverAt: Date;
  recordCompleted: boolean;
}

const handoverSelect = `select rh.contact_id as "contactId", c.risk_level as "riskLevel", rh.reason,
         rh.handed_over_by as "handedOverBy", s.display_name as "handedOverByName",
         rh.handed_over_at as "handedOverAt", c.status = 'completed' as "recordCompleted"
    from record_handovers rh join contacts c on c.id = rh.contact_id join staff s on s.id = rh.handed_over_by`;

const toView = (row: HandoverRow): RecordHandover => ({ ...row, handedOverAt: row.handedOverAt.toISOString() });

async function handoverOf(db: Queryable, contactId: string): Promise<RecordHandover | undefined> {
  const [row] = await db.query<HandoverRow>(`${handoverSelect} where rh.contact_id = $1`, [contactId]);
  return row && toView(row);
}

/**
 * Hands a draft to a supervisor. Only its counsellor may (a supervisor gets 403, anyone else 404);
 * a completed record needs no hand-over (409). Sent again, e.g. from the outbox after an outage,
 * it answers the hand-over already made, with its first reason.
 */
export async function handOverRecord(store: Store, auth: SignedIn, id: string, reason: string): Promise<RecordHandover> {
  return store.transaction(async (tx) => {
    const row = await writableContact(tx, id, auth);
    const earlier = await handoverOf(tx, row.id);
    if (earlier) return earlier;
    assertDraft(row);
    await tx.query('insert into record_handovers (contact_id, reason, handed_over_by) values ($1, $2, $3)', [row.id, reason.trim(), auth.staffId]);
    // The reason may name the caller; the audit log is read by more people than the record.
    await audit(tx, {
      staffId: auth.staffId,
      action: 'contact.handover',
      subjectType: 'contact',
      subjectId: row.id,
      detail: { riskLevel: row.riskLevel },
    });
    const made = await handoverOf(tx, row.id);
    if (!made) throw new Error('hand-over missing after insert');
    return made;
  });
}

/** The hand-overs of the supervisor's centre, newest first. */
export async function centreHandovers(db: Queryable, auth: SignedIn): Promise<RecordHandover[]> {
  const rows = await db.query<HandoverRow>(
    `${handoverSelect} where c.centre_area_code = $1 order by rh.handed_over_at desc, rh.contact_id`,
    [auth.centreAreaCode],
  );
  return rows.map(toView);
}
