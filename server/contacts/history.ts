import type { CallerHistory, CallType, ContactRecord, RiskLevel } from '../../src/contract';
import type { Queryable } from '../store/store';
import { supervisionLog } from '../supervision/rows';
import { toRecord, type ContactRecordRow } from './rows';

/** Call types that mark a number as a nuisance; a wrong number is an honest mistake. */
const nuisanceCallTypes: readonly CallType[] = ['prank', 'abusive', 'silent'];

export const noHistory: CallerHistory = {
  previousContacts: 0,
  lastContactAt: null,
  lastRiskLevel: null,
  nuisanceCalls: 0,
  nuisanceListed: false,
};

/**
 * A caller's contacts across the province, found by number hash. `before` narrows it to the
 * contacts that came before a given record, which is what "history" means on that record.
 */
export async function callerHistory(
  db: Queryable,
  callerNumberHash: string | null,
  before?: { id: string; answeredAt: Date },
): Promise<CallerHistory> {
  if (callerNumberHash === null) return noHistory;
  const [row] = await db.query<{
    previousContacts: number;
    nuisanceCalls: number;
    lastContactAt: Date | null;
    lastRiskLevel: RiskLevel | null;
    nuisanceListed: boolean;
  }>(
    `with earlier as (
       select answered_at, risk_level, call_type from contacts
        where caller_number_hash = $1
          and ($2::uuid is null or (id <> $2 and answered_at <= $3))
     ), latest as (
       select answered_at, risk_level from earlier order by answered_at desc limit 1
     )
     select (select count(*)::int from earlier) as "previousContacts",
            (select count(*)::int from earlier where call_type = any($4::text[])) as "nuisanceCalls",
            (select answered_at from latest) as "lastContactAt",
            (select risk_level from latest) as "lastRiskLevel",
            exists (select 1 from nuisance_numbers where caller_number_hash = $1 and removed_at is null and expires_at > now()) as "nuisanceListed"`,
    [callerNumberHash, before?.id ?? null, before?.answeredAt ?? null, nuisanceCallTypes],
  );
  if (!row) return noHistory;
  return { ...row, lastContactAt: row.lastContactAt ? row.lastContactAt.toISOString() : null };
}

/**
 * Whether this counsellor may see the history of this number on this call: the PBX offered them
 * the call from that number (in the last hours, the longest a call rings and lasts), or they
 * answered it and opened its record. Otherwise anyone signed in could look up any number.
 */
export async function mayLookUpHistory(
  db: Queryable,
  asker: { staffId: string; sipUsername: string },
  callId: string,
  callerNumberHash: string,
): Promise<boolean> {
  const [row] = await db.query<{ allowed: boolean }>(
    `select exists (select 1 from call_routing
                     where call_id = $1 and offered_to = $2 and caller_number_hash = $3
                       and at > now() - interval '12 hours')
         or exists (select 1 from contacts
                     where call_id = $1 and counsellor_id = $4 and caller_number_hash = $3) as allowed`,
    [callId, asker.sipUsername, callerNumberHash, asker.staffId],
  );
  return row?.allowed ?? false;
}

/** The record as the API answers it, with the history of the caller up to this call. */
export async function recordWithHistory(db: Queryable, row: ContactRecordRow): Promise<ContactRecord> {
  return toRecord(row, await callerHistory(db, row.callerNumberHash, row), await supervisionLog(db, row.callId));
}
