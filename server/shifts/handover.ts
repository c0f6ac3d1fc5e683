import { maskNumber, type Handover } from '../../src/contract';
import { pendingRescues } from '../contacts/rescues';
import type { Queryable } from '../store/store';

/**
 * What earlier shifts of a centre left for the next one: the notes of shifts that ended in the
 * last day, the follow-up calls still open (soonest due first, overdue ones flagged), and the
 * rescues still waiting for their outcome. Callers' numbers stay masked.
 */
export async function handover(db: Queryable, centreAreaCode: string | null): Promise<Handover> {
  if (centreAreaCode === null) return { notes: [], followUps: [], openRescues: [] };
  const notes = await db.query<{ counsellorName: string; clockedOutAt: Date; note: string }>(
    `select s.display_name as "counsellorName", ss.clocked_out_at as "clockedOutAt", ss.handover_note as note
       from shift_sessions ss join staff s on s.id = ss.staff_id
      where ss.centre_area_code = $1 and ss.clocked_out_at > now() - interval '24 hours'
        and btrim(ss.handover_note) <> ''
      order by ss.clocked_out_at desc, ss.id`,
    [centreAreaCode],
  );
  const followUps = await db.query<{
    id: string;
    contactId: string;
    dueAt: Date;
    overdue: boolean;
    assignedToName: string | null;
    counsellorName: string;
    callerNumber: string | null;
  }>(
    `select f.id, f.contact_id as "contactId", f.due_at as "dueAt", f.due_at <= now() as overdue,
            a.display_name as "assignedToName", s.display_name as "counsellorName", c.caller_number as "callerNumber"
       from follow_ups f join contacts c on c.id = f.contact_id join staff s on s.id = c.counsellor_id
       left join staff a on a.id = f.assigned_to
      where f.centre_area_code = $1 and f.closed_at is null
      order by f.due_at, f.id`,
    [centreAreaCode],
  );
  const rescues = await pendingRescues(db, { centreAreaCode });
  return {
    notes: notes.map((row) => ({ ...row, clockedOutAt: row.clockedOutAt.toISOString() })),
    followUps: followUps.map(({ callerNumber, dueAt, ...row }) => ({
      ...row,
      dueAt: dueAt.toISOString(),
      callerNumberMasked: maskNumber(callerNumber ?? ''),
    })),
    openRescues: rescues.map((rescue) => ({
      contactId: rescue.contactId,
      service: rescue.service,
      handedOverAt: rescue.handedOverAt,
      counsellorName: rescue.counsellorName,
    })),
  };
}
