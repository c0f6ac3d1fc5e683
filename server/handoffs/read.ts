import type { HandoffView } from '../../src/contract';
import { audit } from '../audit';
import { ApiError } from '../http/errors';
import type { Store } from '../store/store';
import { loadHandoff, sameTokenHash, tokenHashOf, toHandoffView } from './rows';
import { readLockedForSec, recordReadFailure } from './throttle';

export interface ReadRequest {
  handoffId: string;
  token: string;
  /** The TCP peer; the only trace of an anonymous reader. */
  peer: string | undefined;
  /** Staff signed in on the reading browser, if any. */
  staffId: string | null;
}

/** Compared against when the id is unknown, so an unknown id takes as long as a wrong token. */
const noToken = tokenHashOf('');

/**
 * How long the receiving side may read a packet: long enough for a dispatcher's shift and a
 * hospital's admission, and not forever, since it holds where a caller is and how to reach them.
 */
export const HANDOFF_READABLE_MS = 24 * 60 * 60 * 1000;

/**
 * The packet for the receiving side (110, 120), who has no account here: the token from the call's
 * header is the capability. An unknown id and a wrong token get the same 404, and failures are
 * limited per hand-off and per peer, since anyone can call this endpoint. Only the right token
 * learns that a packet has expired.
 */
export async function readHandoff(store: Store, request: ReadRequest): Promise<HandoffView> {
  const keys = [`handoff:${request.handoffId}`, `peer:${request.peer ?? 'unknown'}`];
  const retryAfterSec = await readLockedForSec(store, keys);
  if (retryAfterSec > 0) throw new ApiError(429, 'too_many_attempts', { retryAfterSec });

  const row = await loadHandoff(store, request.handoffId);
  const tokenMatches = sameTokenHash(tokenHashOf(request.token), row?.tokenHash ?? noToken);
  if (!row || !tokenMatches) {
    await recordReadFailure(store, keys);
    throw new ApiError(404, 'not_found');
  }
  if (Date.now() - row.createdAt.getTime() > HANDOFF_READABLE_MS) throw new ApiError(410, 'expired');
  await audit(store, {
    staffId: request.staffId,
    action: 'handoff.read',
    subjectType: 'handoff',
    subjectId: row.id,
    detail: { contactId: row.contactId, peer: request.peer ?? null },
  });
  return toHandoffView(row);
}
