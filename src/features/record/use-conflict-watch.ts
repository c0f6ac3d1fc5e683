import { useEffect } from 'react';
import type { OutboxEntry } from '../../lib/outbox';
import { recordOutbox, type RecordChange, type Rejection } from './record-outbox';
import { useRecordStore, type ConflictPart, type OpenRecord } from './record-store';

const isConflict = (rejection: unknown): boolean => (rejection as Rejection | undefined)?.code === 'conflict';

/**
 * Whether the refused change is still what the screen shows: once the counsellor has chosen, the
 * refused change may linger a moment in the outbox, and must not raise the question again.
 */
function stillShown(entry: OutboxEntry<RecordChange>, open: OpenRecord): entry is OutboxEntry<RecordChange> & { kind: ConflictPart } {
  if (entry.kind === 'intake') return entry.payload.revision === open.intakeRevision && JSON.stringify(entry.payload.intake) === JSON.stringify(open.intake);
  if (entry.kind === 'notes') return entry.payload.revision === open.notesRevision && JSON.stringify(entry.payload.notes) === JSON.stringify(open.notes);
  return false;
}

/**
 * Marks the parts of the open record whose save the API refused because another tab stored the
 * same revision meanwhile. It reads the outbox, where the refused change waits (so a reload
 * finds the conflict again), whenever the outbox's counts change.
 */
export function useConflictWatch(recordId: string | null): void {
  useEffect(() => {
    if (!recordId) return;
    let active = true;
    const check = () => {
      void recordOutbox()
        .entries(recordId)
        .then((entries) => {
          const open = useRecordStore.getState().open;
          for (const entry of entries) {
            if (active && open?.id === recordId && isConflict(entry.rejection) && stillShown(entry, open)) {
              useRecordStore.getState().markConflict(entry.kind);
            }
          }
        });
    };
    check();
    const unsubscribe = recordOutbox().subscribe((state) => {
      if (state.rejected > 0) check();
    });
    return () => {
      active = false;
      unsubscribe();
    };
  }, [recordId]);
}
