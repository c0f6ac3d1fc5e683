import type { ContactSummary } from '../../src/contract';
import type { SignedIn } from '../auth/sessions';
import type { Store } from '../store/store';
import { writableContact } from './access';
import { toSummary } from './rows';

/**
 * When the call itself ended. The first report wins: a replay from the outbox, or the hang-up seen
 * again after a reload, must not stretch the call.
 */
export async function endCall(store: Store, auth: SignedIn, id: string, endedAt: string): Promise<ContactSummary> {
  return store.transaction(async (tx) => {
    const row = await writableContact(tx, id, auth);
    if (row.endedAt) return toSummary(row);
    const [updated] = await tx.query<{ endedAt: Date }>(
      'update contacts set ended_at = $2, updated_at = now() where id = $1 returning ended_at as "endedAt"',
      [row.id, endedAt],
    );
    return toSummary({ ...row, endedAt: updated?.endedAt ?? null });
  });
}
