import { z } from 'zod';
import { CallType } from './intake';
import { Instant } from './dates';
import { requiredText } from './text';

/**
 * The nuisance list (#12): numbers a supervisor listed for their centre, with a reason and a
 * mandatory expiry. A listed number queues last and warns on ring; a blocked one is refused. The
 * number never leaves the server in clear: every shape here carries the masked form only.
 */

/** How long a listing lasts; there is no "for ever": a number changes hands, a crisis changes a caller. */
export const nuisanceExpiries = ['24h', '7d', '30d'] as const;
export const NuisanceExpiry = z.enum(nuisanceExpiries);
export type NuisanceExpiry = z.infer<typeof NuisanceExpiry>;

const expiryHours: Record<NuisanceExpiry, number> = { '24h': 24, '7d': 7 * 24, '30d': 30 * 24 };

/** When a listing made at `from` (ms) ends. */
export function nuisanceExpiresAt(expiry: NuisanceExpiry, from: number): number {
  return from + expiryHours[expiry] * 3600 * 1000;
}

/** The hours of an expiry, as the server writes it into SQL. */
export const nuisanceExpiryHours = (expiry: NuisanceExpiry): number => expiryHours[expiry];

export const NuisanceListing = z
  .object({
    id: z.uuid(),
    maskedNumber: z.string(),
    reason: z.string(),
    /** Refused by routing, not only queued last: a supervisor's explicit choice. */
    blocked: z.boolean(),
    listedByName: z.string(),
    listedAt: Instant,
    expiresAt: Instant,
    /** The record it was listed from, if any. */
    contactId: z.uuid().nullable(),
  })
  .meta({ id: 'NuisanceListing' });
export type NuisanceListing = z.infer<typeof NuisanceListing>;

export const NuisanceListingList = z.object({ listings: z.array(NuisanceListing) }).meta({ id: 'NuisanceListingList' });
export type NuisanceListingList = z.infer<typeof NuisanceListingList>;

/** A counsellor's suggestion to list the caller of one of their records, waiting for a supervisor. */
export const NuisanceSuggestion = z
  .object({
    id: z.uuid(),
    contactId: z.uuid(),
    maskedNumber: z.string(),
    reason: z.string(),
    suggestedByName: z.string(),
    suggestedAt: Instant,
    /** What the record says the call was, and when it was answered: what the supervisor decides on. */
    callType: CallType,
    answeredAt: Instant,
    /** The number is on the centre's list already (listing it again replaces that listing). */
    alreadyListed: z.boolean(),
  })
  .meta({ id: 'NuisanceSuggestion' });
export type NuisanceSuggestion = z.infer<typeof NuisanceSuggestion>;

export const NuisanceSuggestionList = z
  .object({ suggestions: z.array(NuisanceSuggestion) })
  .meta({ id: 'NuisanceSuggestionList' });
export type NuisanceSuggestionList = z.infer<typeof NuisanceSuggestionList>;

export const SuggestNuisanceRequest = z.object({ reason: requiredText(200) }).meta({ id: 'SuggestNuisanceRequest' });
export type SuggestNuisanceRequest = z.infer<typeof SuggestNuisanceRequest>;

/** A supervisor's decision: reason and expiry always; blocking only when chosen. */
export const ListNuisanceRequest = z
  .object({ reason: requiredText(200), expiry: NuisanceExpiry, blocked: z.boolean() })
  .meta({ id: 'ListNuisanceRequest' });
export type ListNuisanceRequest = z.infer<typeof ListNuisanceRequest>;

export const NuisanceParams = z.object({ id: z.uuid() });
