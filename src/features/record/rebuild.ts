import type { OutboxEntry } from '../../lib/outbox';
import type { RecordChange } from './record-outbox';
import { fromStartRequest, type OpenRecord } from './record-store';

/**
 * A record as the counsellor last left it: what the API holds, with every change still waiting
 * in the outbox laid over it (a waiting change is always the newer one: it has not been sent).
 * One at the API's own revision is laid over too: it is either the same content again or a save
 * refused because another tab stored that revision first, whose text must stay on screen.
 * Null when neither knows the record.
 */
export function rebuildRecord(server: OpenRecord | null, changes: OutboxEntry<RecordChange>[], regions: string[]): OpenRecord | null {
  const start = changes.find((change) => change.kind === 'start');
  let record = server ?? (start?.kind === 'start' ? fromStartRequest(start.payload, regions) : null);
  if (!record) return null;
  for (const change of changes) {
    if (change.kind === 'intake' && change.payload.revision >= record.intakeRevision) {
      record = { ...record, intake: change.payload.intake, intakeRevision: change.payload.revision };
    }
    if (change.kind === 'notes' && change.payload.revision >= record.notesRevision) {
      record = { ...record, notes: change.payload.notes, notesRevision: change.payload.revision };
    }
    if (change.kind === 'transfers' && change.payload.revision > record.transfersRevision) {
      record = { ...record, transfers: change.payload.transfers, transfersRevision: change.payload.revision };
    }
    if (change.kind === 'end' && !record.endedAt) record = { ...record, endedAt: change.payload.endedAt };
  }
  return record;
}
