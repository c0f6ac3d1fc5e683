import type { CloseFollowUpRequest, FollowUp, Intake } from '../../src/contract';
import { audit } from '../audit';
import type { SignedIn } from '../auth/sessions';
import { ApiError } from '../http/errors';
import type { Queryable, Store } from '../store/store';
import { followUpSelect, toFollowUp, type FollowUpRow } from './rows';
import { followUpDue } from './rule';

/**
 * In the transaction that completes a record: the follow-up it leaves, if any, assigned to its
 * counsellor. Once per record (a record is completed once, but the unique key makes sure).
 */
export async function createFollowUp(
  tx: Queryable,
  auth: SignedIn,
  record: { id: string; counsellorId: string; centreAreaCode: string | null },
  intake: Intake,
  completedAt: Date,
  dueHours: number,
): Promise<void> {
  const due = followUpDue(intake, completedAt, dueHours);
  if (!due) return;
  const [made] = await tx.query<{ id: string }>(
    `insert into follow_ups (contact_id, centre_area_code, assigned_to, risk_level, created_at, due_at)
     values ($1, $2, $3, $4, $5, $6)
     on conflict (contact_id) do nothing returning id`,
    [record.id, record.centreAreaCode, record.counsellorId, due.riskLevel, completedAt, due.dueAt],
  );
  if (made) {
    await audit(tx, {
      staffId: auth.staffId,
      action: 'follow-up.create',
      subjectType: 'follow-up',
      subjectId: made.id,
      detail: { contactId: record.id, riskLevel: due.riskLevel, dueAt: due.dueAt.toISOString() },
    });
  }
}

/**
 * Who may see and act on a follow-up: a supervisor of its centre; its assignee; anyone of its
 * centre while nobody is assigned. As SQL over `follow_ups f`, parameters `$1` staff id, `$2`
 * centre, `$3` role.
 */
const visibleTo = `(($3 = 'supervisor' and f.centre_area_code = $2)
  or f.assigned_to = $1
  or (f.assigned_to is null and f.centre_area_code = $2))`;

const viewer = (auth: SignedIn) => [auth.staffId, auth.centreAreaCode, auth.role];

/** Soonest due first; closed ones (when asked for) most recently closed first, after the open. */
export async function listFollowUps(db: Queryable, auth: SignedIn, state: 'open' | 'closed' | 'all'): Promise<FollowUp[]> {
  const rows = await db.query<FollowUpRow>(
    `${followUpSelect}
      where ${visibleTo}
        and ($4 = 'all' or ($4 = 'open') = (f.closed_at is null))
      order by f.closed_at desc nulls first, f.due_at, f.id
      limit 500`,
    [...viewer(auth), state],
  );
  return rows.map(toFollowUp);
}

/** A follow-up the asker may act on, locked for the change; anyone else learns nothing (404). */
async function actionable(tx: Queryable, auth: SignedIn, id: string): Promise<FollowUpRow> {
  const [row] = await tx.query<FollowUpRow>(`${followUpSelect} where f.id = $4 and ${visibleTo} for update of f`, [...viewer(auth), id]);
  if (!row) throw new ApiError(404, 'not_found');
  if (row.closedAt !== null) throw new ApiError(409, 'conflict');
  return row;
}

async function reread(tx: Queryable, id: string): Promise<FollowUp> {
  const [row] = await tx.query<FollowUpRow>(`${followUpSelect} where f.id = $1`, [id]);
  if (!row) throw new Error('follow-up missing after its change');
  return toFollowUp(row);
}

/**
 * Closes a follow-up with its outcome. Its overdue alert, if one was raised, is settled with it
 * (acknowledged by whoever closed it): the board no longer asks anyone to chase a call-back made.
 * Answers the alerts it settled, for the live board.
 */
export async function closeFollowUp(
  store: Store,
  auth: SignedIn,
  id: string,
  request: CloseFollowUpRequest,
): Promise<{ followUp: FollowUp; settledAlerts: string[] }> {
  return store.transaction(async (tx) => {
    const row = await actionable(tx, auth, id);
    await tx.query(`update follow_ups set closed_at = now(), closed_by = $2, outcome = $3, outcome_note = $4 where id = $1`, [
      row.id,
      auth.staffId,
      request.outcome,
      request.note.trim(),
    ]);
    // The note may say what the caller told; the audit log is read by more people than the record.
    await audit(tx, {
      staffId: auth.staffId,
      action: 'follow-up.close',
      subjectType: 'follow-up',
      subjectId: row.id,
      detail: { contactId: row.contactId, outcome: request.outcome },
    });
    const settled = await tx.query<{ id: string }>(
      `update centre_alerts set acknowledged_by = $2, acknowledged_at = now()
        where follow_up_id = $1 and kind = 'follow-up-overdue' and acknowledged_at is null returning id`,
      [row.id, auth.staffId],
    );
    return { followUp: await reread(tx, row.id), settledAlerts: settled.map((alert) => alert.id) };
  });
}

/** Supervisors only (the route says so); the new assignee must work at the follow-up's centre. */
export async function reassignFollowUp(store: Store, auth: SignedIn, id: string, assignedToId: string | null): Promise<FollowUp> {
  return store.transaction(async (tx) => {
    const row = await actionable(tx, auth, id);
    if (assignedToId !== null) {
      const [staff] = await tx.query<{ id: string }>(
        `select id from staff where id = $1 and centre_area_code = $2 and role in ('counsellor', 'supervisor')`,
        [assignedToId, row.centre],
      );
      if (!staff) throw new ApiError(422, 'validation', { issues: [{ path: ['assignedToId'], message: 'followUp.notOfCentre' }] });
    }
    await tx.query('update follow_ups set assigned_to = $2 where id = $1', [row.id, assignedToId]);
    await audit(tx, {
      staffId: auth.staffId,
      action: 'follow-up.reassign',
      subjectType: 'follow-up',
      subjectId: row.id,
      detail: { from: row.assignedToId, to: assignedToId },
    });
    return reread(tx, row.id);
  });
}

/**
 * Whether the asker may dial the caller of this record for an open follow-up they may act on
 * (a counsellor taking an unassigned task is not the record's owner).
 */
export async function mayCallBackForFollowUp(db: Queryable, auth: SignedIn, contactId: string): Promise<boolean> {
  const [row] = await db.query<{ id: string }>(
    `select f.id from follow_ups f where f.contact_id = $4 and f.closed_at is null and ${visibleTo}`,
    [...viewer(auth), contactId],
  );
  return row !== undefined;
}
