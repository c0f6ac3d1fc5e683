import { beijingDate, maskNumber, type Handover } from '../../src/contract';
import { pendingRescues } from '../contacts/rescues';
import type { Queryable } from '../store/store';

const day = 24 * 60 * 60 * 1000;

/**
 * What earlier shifts of a centre left for the next one: the notes of shifts that ended in the
 * last day, the callers due a follow-up call (yesterday's too, in case that shift did not get to
 * them), and the rescues still waiting for their outcome. Callers' numbers stay masked.
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
  // Dates are YYYY-MM-DD, so comparing them as text compares them as dates; '' (none) sorts first.
  const followUps = await db.query<{ contactId: string; date: string; by: string; counsellorName: string; callerNumber: string | null }>(
    `select c.id as "contactId", c.intake #>> '{followUp,date}' as "date", c.intake #>> '{followUp,by}' as "by",
            s.display_name as "counsellorName", c.caller_number as "callerNumber"
       from contacts c join staff s on s.id = c.counsellor_id
      where c.centre_area_code = $1 and (c.intake #>> '{followUp,needed}') = 'true'
        and (c.intake #>> '{followUp,date}') >= $2
      order by "date", c.answered_at, c.id`,
    [centreAreaCode, beijingDate(Date.now() - day)],
  );
  const rescues = await pendingRescues(db, { centreAreaCode });
  return {
    notes: notes.map((row) => ({ ...row, clockedOutAt: row.clockedOutAt.toISOString() })),
    followUps: followUps.map(({ callerNumber, ...row }) => ({ ...row, callerNumberMasked: maskNumber(callerNumber ?? '') })),
    openRescues: rescues.map((rescue) => ({
      contactId: rescue.contactId,
      service: rescue.service,
      handedOverAt: rescue.handedOverAt,
      counsellorName: rescue.counsellorName,
    })),
  };
}
