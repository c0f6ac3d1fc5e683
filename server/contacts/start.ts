import { emptyIntake, intakeRiskLevel, parseDialledLine, type ContactRecord, type StartContactRequest } from '../../src/contract';
import { audit } from '../audit';
import type { SignedIn } from '../auth/sessions';
import { ApiError } from '../http/errors';
import type { Queryable, Store } from '../store/store';
import type { CallerHasher } from './caller-hash';
import { recordWithHistory } from './history';
import { contactsWithStaff, recordColumns, type ContactRecordRow } from './rows';

/** The caller's region is known from the line they dialled when it is one of this province's centres. */
async function regionOf(db: Queryable, areaCode: string | null): Promise<string> {
  if (areaCode === null) return 'unknown';
  const known = await db.query('select 1 from centres where area_code = $1', [areaCode]);
  return known.length > 0 ? areaCode : 'unknown';
}

/**
 * Opens the record of an answered call. The browser sends this again after an outage or a reload,
 * so the same call by the same counsellor answers the record that exists. A call already recorded
 * by someone else, or an id already used for another call, is a conflict.
 */
export async function startContact(
  store: Store,
  hashCaller: CallerHasher,
  auth: SignedIn,
  request: StartContactRequest,
): Promise<ContactRecord> {
  const line = parseDialledLine(request.dialled);
  if (!line) throw new ApiError(400, 'validation', { issues: [{ path: ['dialled'], message: 'invalid' }] });
  // A withheld number leaves nothing behind: no number, no hash, no history.
  const callerHash = request.callerNumber === '' ? null : await hashCaller(request.callerNumber);

  const row = await store.transaction(async (tx) => {
    const intake = emptyIntake(await regionOf(tx, line.areaCode));
    const inserted = await tx.query(
      `insert into contacts (id, call_id, dialled, area_code, counsellor_id, centre_area_code, caller_number,
                             caller_number_hash, answered_at, call_type, risk_level, intake)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       on conflict do nothing returning id`,
      [
        request.id,
        request.callId,
        line.dialled,
        line.areaCode,
        auth.staffId,
        auth.centreAreaCode,
        request.callerNumber === '' ? null : request.callerNumber,
        callerHash,
        request.answeredAt,
        intake.callType,
        intakeRiskLevel(intake),
        JSON.stringify(intake),
      ],
    );
    const [existing] = await tx.query<ContactRecordRow>(
      `select ${recordColumns} from ${contactsWithStaff} where c.call_id = $1 or c.id = $2
        order by (c.call_id = $1) desc limit 1`,
      [request.callId, request.id],
    );
    if (!existing || existing.callId !== request.callId || existing.counsellorId !== auth.staffId) {
      throw new ApiError(409, 'conflict');
    }
    const action = inserted.length > 0 ? 'contact.start' : 'contact.read';
    await audit(tx, { staffId: auth.staffId, action, subjectType: 'contact', subjectId: existing.id });
    return existing;
  });
  return recordWithHistory(store, row);
}
