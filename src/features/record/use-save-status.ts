import { useSyncExternalStore } from 'react';
import type { OutboxState } from '../../lib/outbox';
import { recordOutbox } from './record-outbox';
import { useRecordStore } from './record-store';

export type SaveStatus = 'saved' | 'saving' | 'offline' | 'rejected' | 'conflict';

/** `conflicted`: another tab saved a part meanwhile and the counsellor has not yet chosen a version. */
export function saveStatusOf(state: OutboxState, editing: boolean, conflicted = false): SaveStatus {
  if (conflicted) return 'conflict';
  if (state.rejected > 0) return 'rejected';
  if (state.waiting) return 'offline';
  if (editing || state.pending > 0 || state.sending) return 'saving';
  return 'saved';
}

/** What the counsellor is told about their record reaching the API: never "saved" before it has. */
export function useSaveStatus(): { status: SaveStatus; pending: number } {
  const state = useSyncExternalStore(
    (listener) => recordOutbox().subscribe(listener),
    () => recordOutbox().getState(),
  );
  const editing = useRecordStore((store) => store.editing);
  const conflicted = useRecordStore((store) => Object.values(store.conflicts).some(Boolean));
  return { status: saveStatusOf(state, editing, conflicted), pending: state.pending };
}
