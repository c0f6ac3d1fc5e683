import { maskNumber, type OpenRescue } from '../../src/contract';
import type { SignedIn } from '../auth/sessions';
import { ApiError } from '../http/errors';
import type { Queryable } from '../store/store';

interface RescueRow {
  contactId: string;
  service: OpenRescue['service'];
  handedOverAt: Date;
  counsellorId: string;
  counsellorName: string;
  callerNumber: string | null;
  location: string | null;
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
  const rows = await db.query<RescueRow>(
    `select c.id as "contactId",
            c.intake #>> '{safety,emergencyHandoff,service}' as service,
            (c.intake #>> '{safety,emergencyHandoff,at}')::timestamptz as "handedOverAt",
            c.counsellor_id as "counsellorId", s.display_name as "counsellorName",
            c.caller_number as "callerNumber", c.intake #>> '{imminent,location}' as location
       from contacts c join staff s on s.id = c.counsellor_id
      where (c.intake #>> '{safety,emergencyHandoff,outcome}') = 'pending' and ${column} = $1
      order by "handedOverAt" desc, c.id`,
    [value],
  );
  return rows.map((row) => ({
    contactId: row.contactId,
    service: row.service,
    handedOverAt: row.handedOverAt.toISOString(),
    counsellorId: row.counsellorId,
    counsellorName: row.counsellorName,
    callerNumberMasked: maskNumber(row.callerNumber ?? ''),
    location: row.location ?? '',
  }));
}

/** Own open rescues, or (supervisors) those of their centre. */
export async function openRescues(db: Queryable, auth: SignedIn, scope: 'mine' | 'centre'): Promise<OpenRescue[]> {
  if (scope === 'centre' && auth.role !== 'supervisor') throw new ApiError(403, 'forbidden');
  return pendingRescues(db, scope === 'mine' ? { counsellorId: auth.staffId } : { centreAreaCode: auth.centreAreaCode });
}
