import type { HandoffView } from '../../src/contract';
import { audit } from '../audit';
import { ApiError } from '../http/errors';
import type { Store } from '../store/store';
import { loadHandoff, sameTokenHash, tokenHashOf, toHandoffView } from './rows';
import { chargeAttempt, type ThrottlePolicy } from '../auth/throttle';

export interface ReadRequest {
  handoffId: string;
  token: string;
  /** The client's address (behind a trusted proxy, the one it names); the only trace of an anonymous reader. */
  peer: string;
  /** Staff signed in on the reading browser, if any. */
  staffId: string | null;
}

/** Tokens are too long to guess; the limit keeps a public endpoint from being used to try. */
const wrongTokens: ThrottlePolicy = { windowSec: 60, freeFailures: 20, wait: 'flat' };

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
 * limited per hand-off and per address, since anyone can call this endpoint. Only failures count
 * and only failures wait: someone guessing cannot lock the dispatcher holding the right token out.
 * Only the right token learns that a packet has expired.
 */
export async function readHandoff(store: Store, request: ReadRequest): Promise<HandoffView> {
  const row = await loadHandoff(store, request.handoffId);
  const tokenMatches = sameTokenHash(tokenHashOf(request.token), row?.tokenHash ?? noToken);
  if (!row || !tokenMatches) {
    const keys = [`handoff:${request.handoffId}`, `peer:${request.peer}`];
    const retryAfterSec = await chargeAttempt(store, 'handoff_read_failures', keys.map((key) => [key, wrongTokens] as const));
    if (retryAfterSec > 0) throw new ApiError(429, 'too_many_attempts', { retryAfterSec });
    throw new ApiError(404, 'not_found');
  }
  if (Date.now() - row.createdAt.getTime() > HANDOFF_READABLE_MS) throw new ApiError(410, 'expired');
  await audit(store, {
    staffId: request.staffId,
    action: 'handoff.read',
    subjectType: 'handoff',
    subjectId: row.id,
    detail: { contactId: row.contactId, peer: request.peer },
  });
  return toHandoffView(row);
}
