import type { Queryable } from '../store/store';
import type { LiveBus, LiveChange } from './bus';

/**
 * Publishes a committed change. The change is already stored, so a bus that fails (PostgreSQL
 * unreachable for the NOTIFY) must not turn the request into an error the browser would retry:
 * the stream's next snapshot carries it. The log names the kind, nothing of whom it concerns.
 */
export async function announce(live: LiveBus, ...changes: LiveChange[]): Promise<void> {
  for (const change of changes) {
    await live.publish(change).catch((error: unknown) => {
      console.error(`live change (${change.kind}) not published:`, error instanceof Error ? error.message : error);
    });
  }
}

/** The newest hand-off of a record: the rescue its outcome belongs to. */
export async function latestHandoffId(db: Queryable, contactId: string): Promise<string | undefined> {
  const [row] = await db.query<{ id: string }>('select id from handoffs where contact_id = $1 order by created_at desc, id limit 1', [
    contactId,
  ]);
  return row?.id;
}
