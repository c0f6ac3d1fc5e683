import { maskNumber, type FollowUp, type FollowUpOutcome } from '../../src/contract';
import type { Queryable } from '../store/store';

export interface FollowUpRow {
  id: string;
  contactId: string;
  riskLevel: FollowUp['riskLevel'];
  createdAt: Date;
  dueAt: Date;
  assignedToId: string | null;
  assignedToName: string | null;
  callerNumber: string | null;
  closedAt: Date | null;
  closedByName: string | null;
  outcome: FollowUpOutcome | null;
  outcomeNote: string;
  centre: string | null;
}

/** Every column of a follow-up as the contract names it, with its centre; callers add `where …`. */
export const followUpSelect = `
  select f.id, f.contact_id as "contactId", f.risk_level as "riskLevel", f.created_at as "createdAt", f.due_at as "dueAt",
         f.assigned_to as "assignedToId", a.display_name as "assignedToName", c.caller_number as "callerNumber",
         f.closed_at as "closedAt", k.display_name as "closedByName", f.outcome, f.outcome_note as "outcomeNote",
         f.centre_area_code as centre
    from follow_ups f join contacts c on c.id = f.contact_id
    left join staff a on a.id = f.assigned_to left join staff k on k.id = f.closed_by`;

/** The number is masked here: the whole one is only ever dialled, through the audited call-back. */
export function toFollowUp(row: FollowUpRow): FollowUp {
  return {
    id: row.id,
    contactId: row.contactId,
    riskLevel: row.riskLevel,
    createdAt: row.createdAt.toISOString(),
    dueAt: row.dueAt.toISOString(),
    assignedToId: row.assignedToId,
    assignedToName: row.assignedToName,
    callerNumberMasked: maskNumber(row.callerNumber ?? ''),
    closedAt: row.closedAt?.toISOString() ?? null,
    closedByName: row.closedByName,
    outcome: row.outcome,
    outcomeNote: row.outcomeNote,
  };
}

export async function followUpOfContact(db: Queryable, contactId: string): Promise<FollowUp | null> {
  const [row] = await db.query<FollowUpRow>(`${followUpSelect} where f.contact_id = $1`, [contactId]);
  return row ? toFollowUp(row) : null;
}
