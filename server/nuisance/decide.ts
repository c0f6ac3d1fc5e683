import { maskNumber, nuisanceExpiryHours, type ListNuisanceRequest, type NuisanceListing, type NuisanceSuggestion } from '../../src/contract';
import { audit } from '../audit';
import type { SignedIn } from '../auth/sessions';
import { readableContact, writableContact } from '../contacts/access';
import type { ContactRow } from '../contacts/rows';
import { ApiError } from '../http/errors';
import type { Queryable, Store } from '../store/store';
import { liveListingWhere } from './listing';
import { listingById, suggestionById } from './rows';

/** The centre a supervisor acts for; one with none acts for nobody. */
export function supervisedCentre(auth: SignedIn): string {
  if (auth.role !== 'supervisor' || auth.centreAreaCode === null) throw new ApiError(403, 'forbidden');
  return auth.centreAreaCode;
}

interface Caller {
  hash: string;
  masked: string;
  centre: string;
}

/** The caller of a record, as the list keeps it; a withheld number cannot be listed (409). */
function callerOf(row: ContactRow): Caller {
  if (!row.callerNumber || !row.callerNumberHash || !row.centreAreaCode) throw new ApiError(409, 'conflict');
  return { hash: row.callerNumberHash, masked: maskNumber(row.callerNumber), centre: row.centreAreaCode };
}

/**
 * Suggests listing the caller of a record its counsellor answered. Only they may (a supervisor
 * reading it is told to decide instead, 403; anyone else learns nothing, 404). Sent again while
 * the first waits, it answers that one. The reason may describe the caller: not in the audit.
 */
export async function suggestListing(store: Store, auth: SignedIn, contactId: string, reason: string): Promise<NuisanceSuggestion> {
  return store.transaction(async (tx) => {
    const row = await writableContact(tx, contactId, auth);
    const caller = callerOf(row);
    const [open] = await tx.query<{ id: string }>('select id from nuisance_suggestions where contact_id = $1 and decision is null', [row.id]);
    let id = open?.id;
    if (!id) {
      const [made] = await tx.query<{ id: string }>(
        `insert into nuisance_suggestions (contact_id, centre_area_code, caller_number_hash, masked_number, reason, suggested_by)
         values ($1, $2, $3, $4, $5, $6) returning id`,
        [row.id, caller.centre, caller.hash, caller.masked, reason.trim(), auth.staffId],
      );
      id = made?.id;
      await audit(tx, { staffId: auth.staffId, action: 'nuisance.suggest', subjectType: 'contact', subjectId: row.id, detail: { suggestionId: id } });
    }
    const suggestion = id && (await suggestionById(tx, id));
    if (!suggestion) throw new Error('suggestion missing after insert');
    return suggestion;
  });
}

/**
 * Lists a caller for the supervisor's centre. A live listing of the same number is replaced (ended
 * now, by this supervisor): one number has one reason and expiry at a time. Every open suggestion
 * of the number is decided by it.
 */
async function listCaller(
  tx: Queryable,
  auth: SignedIn,
  caller: Caller,
  contactId: string,
  decision: ListNuisanceRequest,
  suggestionId: string | null,
): Promise<NuisanceListing> {
  const replaced = await tx.query<{ id: string }>(
    `update nuisance_numbers n set removed_at = now(), removed_by = $3
      where n.caller_number_hash = $1 and n.centre_area_code = $2 and ${liveListingWhere} returning n.id`,
    [caller.hash, caller.centre, auth.staffId],
  );
  const [made] = await tx.query<{ id: string }>(
    `insert into nuisance_numbers (centre_area_code, caller_number_hash, masked_number, reason, blocked, listed_by, expires_at, contact_id)
     values ($1, $2, $3, $4, $5, $6, now() + make_interval(hours => $7::int), $8) returning id`,
    [caller.centre, caller.hash, caller.masked, decision.reason.trim(), decision.blocked, auth.staffId, nuisanceExpiryHours(decision.expiry), contactId],
  );
  if (!made) throw new Error('listing missing after insert');
  await tx.query(
    `update nuisance_suggestions set decision = 'listed', decided_by = $3, decided_at = now(), listing_id = $4
      where caller_number_hash = $1 and centre_area_code = $2 and decision is null`,
    [caller.hash, caller.centre, auth.staffId, made.id],
  );
  await audit(tx, {
    staffId: auth.staffId,
    action: 'nuisance.list',
    subjectType: 'nuisance_listing',
    subjectId: made.id,
    detail: { contactId, suggestionId, expiry: decision.expiry, blocked: decision.blocked, replaced: replaced.map((r) => r.id) },
  });
  const listing = await listingById(tx, made.id);
  if (!listing) throw new Error('listing missing after insert');
  return listing;
}

/** A supervisor lists the caller of a record of their centre straight from the record. */
export async function listFromRecord(store: Store, auth: SignedIn, contactId: string, decision: ListNuisanceRequest): Promise<NuisanceListing> {
  const centre = supervisedCentre(auth);
  return store.transaction(async (tx) => {
    const row = await readableContact(tx, contactId, auth);
    // Their own call for another centre is not theirs to list.
    if (row.centreAreaCode !== centre) throw new ApiError(404, 'not_found');
    return listCaller(tx, auth, callerOf(row), row.id, decision, null);
  });
}

interface OpenSuggestion {
  id: string;
  contactId: string;
  hash: string;
  masked: string;
  centre: string;
  decided: boolean;
}

/** A suggestion of the supervisor's centre, locked; another centre's is not found, a decided one is a conflict. */
async function undecided(tx: Queryable, auth: SignedIn, id: string): Promise<OpenSuggestion> {
  const centre = supervisedCentre(auth);
  const [row] = await tx.query<OpenSuggestion>(
    `select id, contact_id as "contactId", caller_number_hash as hash, masked_number as masked,
            centre_area_code as centre, decision is not null as decided
       from nuisance_suggestions where id = $1 and centre_area_code = $2 for update`,
    [id, centre],
  );
  if (!row) throw new ApiError(404, 'not_found');
  if (row.decided) throw new ApiError(409, 'conflict');
  return row;
}

export async function listFromSuggestion(store: Store, auth: SignedIn, id: string, decision: ListNuisanceRequest): Promise<NuisanceListing> {
  return store.transaction(async (tx) => {
    const suggestion = await undecided(tx, auth, id);
    return listCaller(tx, auth, suggestion, suggestion.contactId, decision, suggestion.id);
  });
}

export async function dismissSuggestion(store: Store, auth: SignedIn, id: string): Promise<void> {
  await store.transaction(async (tx) => {
    const suggestion = await undecided(tx, auth, id);
    await tx.query(`update nuisance_suggestions set decision = 'dismissed', decided_by = $2, decided_at = now() where id = $1`, [
      suggestion.id,
      auth.staffId,
    ]);
    await audit(tx, { staffId: auth.staffId, action: 'nuisance.dismiss', subjectType: 'nuisance_suggestion', subjectId: suggestion.id });
  });
}

/** Ends a live listing of the supervisor's centre early; it stays in the table, marked removed. */
export async function removeListing(store: Store, auth: SignedIn, id: string): Promise<void> {
  const centre = supervisedCentre(auth);
  await store.transaction(async (tx) => {
    const [row] = await tx.query<{ live: boolean }>(
      `select ${liveListingWhere} as live from nuisance_numbers n where n.id = $1 and n.centre_area_code = $2 for update`,
      [id, centre],
    );
    if (!row) throw new ApiError(404, 'not_found');
    // Already removed or expired: nothing left to end.
    if (!row.live) throw new ApiError(409, 'conflict');
    await tx.query('update nuisance_numbers set removed_at = now(), removed_by = $2 where id = $1', [id, auth.staffId]);
    await audit(tx, { staffId: auth.staffId, action: 'nuisance.remove', subjectType: 'nuisance_listing', subjectId: id });
  });
}
