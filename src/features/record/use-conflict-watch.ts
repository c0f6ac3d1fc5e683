import { useEffect } from 'react';
import { recordOutbox, type Rejection } from './record-outbox';
import { useRecordStore } from './record-store';

const isConflict = (rejection: unknown): boolean => (rejection as Rejection | undefined)?.code === 'conflict';

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
          for (const entry of entries) {
            if (active && (entry.kind === 'intake' || entry.kind === 'notes') && isConflict(entry.rejection)) {
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
