import { useSyncExternalStore } from 'react';
import type { OutboxState } from '../../lib/outbox';
import { recordOutbox } from './record-outbox';
import { useRecordStore } from './record-store';

export type SaveStatus = 'saved' | 'saving' | 'offline' | 'rejected';

export function saveStatusOf(state: OutboxState, editing: boolean): SaveStatus {
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
  return { status: saveStatusOf(state, editing), pending: state.pending };
}
