import type { CreateHandoffRequest, HandoffView } from '../../src/contract';
import { audit } from '../audit';
import type { SignedIn } from '../auth/sessions';
import { writableContact } from '../contacts/access';
import { ApiError } from '../http/errors';
import type { Store } from '../store/store';
import { loadHandoff, sameTokenHash, tokenHashOf, toHandoffView } from './rows';

/**
 * Keeps the packet the counsellor gave 110/120. The browser sends it again after an outage or a
 * reload, so the same id answers what is stored: the first packet is the one the receiving side was
 * offered. The same id with another record or another token is a conflict, not a replay.
 * Completed records take packets too: the header went out with the call, and a packet the outbox
 * delivers after completion must still be readable by the receiving side.
 */
export async function createHandoff(
  store: Store,
  auth: SignedIn,
  contactId: string,
  request: CreateHandoffRequest,
): Promise<HandoffView> {
  const { id, token, ...packet } = request;
  const tokenHash = tokenHashOf(token);
  return store.transaction(async (tx) => {
    const contact = await writableContact(tx, contactId, auth);
    const inserted = await tx.query(
      `insert into handoffs (id, contact_id, token_hash, packet, created_by) values ($1, $2, $3, $4, $5)
       on conflict (id) do nothing returning id`,
      [id, contact.id, tokenHash, JSON.stringify(packet), auth.staffId],
    );
    const row = await loadHandoff(tx, id);
    if (!row || row.contactId !== contact.id || !sameTokenHash(tokenHash, row.tokenHash)) {
      throw new ApiError(409, 'conflict');
    }
    if (inserted.length > 0) {
      await audit(tx, {
        staffId: auth.staffId,
        action: 'handoff.create',
        subjectType: 'handoff',
        subjectId: id,
        detail: { contactId: contact.id, targetNumber: packet.targetNumber },
      });
    }
    return toHandoffView(row);
  });
}
