import type { CallType, NuisanceListing, NuisanceSuggestion } from '../../src/contract';
import type { Queryable } from '../store/store';
import { liveListingSql, liveListingWhere } from './listing';

interface ListingRow {
  id: string;
  maskedNumber: string;
  reason: string;
  blocked: boolean;
  listedByName: string;
  listedAt: Date;
  expiresAt: Date;
  contactId: string | null;
}

const listingSelect = `select n.id, n.masked_number as "maskedNumber", n.reason, n.blocked, s.display_name as "listedByName",
         n.listed_at as "listedAt", n.expires_at as "expiresAt", n.contact_id as "contactId"
    from nuisance_numbers n join staff s on s.id = n.listed_by`;

const toListing = (row: ListingRow): NuisanceListing => ({
  ...row,
  listedAt: row.listedAt.toISOString(),
  expiresAt: row.expiresAt.toISOString(),
});

export async function listingById(db: Queryable, id: string): Promise<NuisanceListing | undefined> {
  const [row] = await db.query<ListingRow>(`${listingSelect} where n.id = $1`, [id]);
  return row && toListing(row);
}

/** A centre's live listings, the newest first. */
export async function centreListings(db: Queryable, centre: string): Promise<NuisanceListing[]> {
  const rows = await db.query<ListingRow>(
    `${listingSelect} where n.centre_area_code = $1 and ${liveListingWhere} order by n.listed_at desc, n.id`,
    [centre],
  );
  return rows.map(toListing);
}

interface SuggestionRow {
  id: string;
  contactId: string;
  maskedNumber: string;
  reason: string;
  suggestedByName: string;
  suggestedAt: Date;
  callType: CallType;
  answeredAt: Date;
  alreadyListed: boolean;
}

const suggestionSelect = `select ns.id, ns.contact_id as "contactId", ns.masked_number as "maskedNumber", ns.reason,
         s.display_name as "suggestedByName", ns.suggested_at as "suggestedAt",
         c.call_type as "callType", c.answered_at as "answeredAt",
         ${liveListingSql('ns.caller_number_hash', 'ns.centre_area_code')} is not null as "alreadyListed"
    from nuisance_suggestions ns join staff s on s.id = ns.suggested_by join contacts c on c.id = ns.contact_id`;

const toSuggestion = (row: SuggestionRow): NuisanceSuggestion => ({
  ...row,
  suggestedAt: row.suggestedAt.toISOString(),
  answeredAt: row.answeredAt.toISOString(),
});

export async function suggestionById(db: Queryable, id: string): Promise<NuisanceSuggestion | undefined> {
  const [row] = await db.query<SuggestionRow>(`${suggestionSelect} where ns.id = $1`, [id]);
  return row && toSuggestion(row);
}

/** A centre's suggestions no supervisor has decided yet, oldest first (first come, first decided). */
export async function openSuggestions(db: Queryable, centre: string): Promise<NuisanceSuggestion[]> {
  const rows = await db.query<SuggestionRow>(
    `${suggestionSelect} where ns.centre_area_code = $1 and ns.decision is null order by ns.suggested_at, ns.id`,
    [centre],
  );
  return rows.map(toSuggestion);
}
