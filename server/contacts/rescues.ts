import { emergencyServices, isPlausibleInstant, maskNumber, type EmergencyHandoff, type OpenRescue, type RescueOutcome } from '../../src/contract';
import { audit } from '../audit';
import type { SignedIn } from '../auth/sessions';
import { ApiError } from '../http/errors';
import type { Queryable, Store } from '../store/store';
import { readableContact } from './access';

interface RescueRow {
  contactId: string;
  service: OpenRescue['service'];
  handedOverAtText: string | null;
  answeredAt: Date;
  counsellorId: string;
  counsellorName: string;
  callerNumber: string | null;
  location: string | null;
  recordCompleted: boolean;
}

/** Whose rescues: one counsellor's, or those of every counsellor of a centre. */
export type RescueOwner = { counsellorId: string } | { centreAreaCode: string | null };

/**
 * Emergency hand-offs still waiting for their outcome, draft or completed alike: a counsellor may
 * complete a record with a reason while the rescue is open, and it stays open until someone learns
 * whether the caller was reached. Newest first.
 */
export async function pendingRescues(db: Queryable, owner: RescueOwner): Promise<OpenRescue[]> {
  const [column, value] = 'counsellorId' in owner ? ['c.counsellor_id', owner.counsellorId] : ['c.centre_area_code', owner.centreAreaCode];
  // The outcome test is written as in the partial index contacts_open_rescues, so the index serves it.
  // The hand-off time is read as text and sorted here: a cast in SQL fails the whole centre's list
  // on one stored value PostgreSQL cannot read (year 0, offset +20:00, saved before it was refused).
  const rows = await db.query<RescueRow>(
    `select c.id as "contactId",
            c.intake #>> '{safety,emergencyHandoff,service}' as service,
            c.intake #>> '{safety,emergencyHandoff,at}' as "handedOverAtText", c.answered_at as "answeredAt",
            c.counsellor_id as "counsellorId", s.display_name as "counsellorName",
            c.caller_number as "callerNumber", c.intake #>> '{imminent,location}' as location,
            c.status = 'completed' as "recordCompleted"
       from contacts c join staff s on s.id = c.counsellor_id
      where (c.intake #>> '{safety,emergencyHandoff,outcome}') = 'pending' and ${column} = $1`,
    [value],
  );
  const rescues = rows.filter(knownService).map((row) => ({ row, handedOverAt: handOverTime(row) }));
  rescues.sort((a, b) => b.handedOverAt - a.handedOverAt || (a.row.contactId < b.row.contactId ? -1 : 1));
  return rescues.map(({ row, handedOverAt }) => ({
    contactId: row.contactId,
    service: row.service,
    handedOverAt: new Date(handedOverAt).toISOString(),
    counsellorId: row.counsellorId,
    counsellorName: row.counsellorName,
    callerNumberMasked: maskNumber(row.callerNumber ?? ''),
    location: row.location ?? '',
    recordCompleted: row.recordCompleted,
  }));
}

/**
 * A hand-off to a service the contract does not know was never written through the API (it checks
 * the service): left out, rather than failing the whole centre's list on it. The server log names
 * the record (an id, nothing of the caller) so someone can mend it.
 */
function knownService(row: RescueRow): boolean {
  if ((emergencyServices as readonly unknown[]).includes(row.service)) return true;
  console.warn(`rescue of contact ${row.contactId} left out of the lists: its stored service is not one of ${emergencyServices.join(', ')}`);
  return false;
}

/** The recorded hand-off time; the call's answer time when what is stored is no real moment. */
export function handOverTime(row: Pick<RescueRow, 'handedOverAtText' | 'answeredAt'>): number {
  const at = Date.parse(row.handedOverAtText ?? '');
  return isPlausibleInstant(at) ? at : row.answeredAt.getTime();
}

/** Own open rescues, or (supervisors) those of their centre. */
export async function openRescues(db: Queryable, auth: SignedIn, scope: 'mine' | 'centre'): Promise<OpenRescue[]> {
  if (scope === 'centre' && auth.role !== 'supervisor') throw new ApiError(403, 'forbidden');
  return pendingRescues(db, scope === 'mine' ? { counsellorId: auth.staffId } : { centreAreaCode: auth.centreAreaCode });
}

/**
 * Closes the open rescue of a completed record with what the police or ambulance reported. A
 * draft's rescue is closed in its form instead, which saves the whole intake (409 here). The
 * audit keeps the outcome, not the note, which may describe the caller.
 */
export async function resolveRescue(store: Store, auth: SignedIn, contactId: string, result: RescueOutcome): Promise<EmergencyHandoff> {
  return store.transaction(async (tx) => {
    const row = await readableContact(tx, contactId, auth, { lock: true });
    const handoff = row.intake.safety.emergencyHandoff;
    if (row.status !== 'completed' || handoff?.outcome !== 'pending') throw new ApiError(409, 'conflict');
    const resolved: EmergencyHandoff = { ...handoff, outcome: result.outcome, note: result.note, resolvedAt: new Date().toISOString() };
    await tx.query(
      `update contacts set intake = jsonb_set(intake, '{safety,emergencyHandoff}', $2::jsonb), updated_at = now() where id = $1`,
      [contactId, JSON.stringify(resolved)],
    );
    await audit(tx, {
      staffId: auth.staffId,
      action: 'rescue.resolved',
      subjectType: 'contact',
      subjectId: contactId,
      detail: { outcome: result.outcome, by: row.counsellorId === auth.staffId ? 'owner' : 'supervisor' },
    });
    return resolved;
  });
}
