import { ApiError, createHandoff, endCall, saveIntake, saveNotes, saveTransfers, startContact } from '../../api';
import type { CreateHandoffRequest, Intake, Notes, StartContactRequest, TransferLog, ValidationIssue } from '../../contract';
import { Outbox, type OutboxEntry, type SendResult } from '../../lib/outbox';

/** The changes a call record sends, one kind per API write. */
export type RecordChange =
  | { kind: 'start'; payload: StartContactRequest }
  | { kind: 'intake'; payload: { revision: number; intake: Intake } }
  | { kind: 'notes'; payload: { revision: number; notes: Notes } }
  | { kind: 'transfers'; payload: { revision: number; transfers: TransferLog } }
  | { kind: 'end'; payload: { endedAt: string } }
  | { kind: 'handoff'; payload: CreateHandoffRequest };

export interface Rejection {
  code: string;
  issues: ValidationIssue[];
  /** A 409 to a save: the revision stored by someone else meanwhile. */
  revision?: number;
}

const OUTBOX_NAME = 'workstation-record-outbox';

async function send(change: OutboxEntry<RecordChange>): Promise<SendResult> {
  try {
    switch (change.kind) {
      case 'start':
        await startContact(change.payload);
        break;
      case 'intake':
        await saveIntake(change.group, change.payload.revision, change.payload.intake);
        break;
      case 'notes':
        await saveNotes(change.group, change.payload.revision, change.payload.notes);
        break;
      case 'transfers':
        await saveTransfers(change.group, change.payload.revision, change.payload.transfers);
        break;
      case 'end':
        await endCall(change.group, change.payload.endedAt);
        break;
      case 'handoff':
        await createHandoff(change.group, change.payload);
        break;
    }
    return { outcome: 'sent' };
  } catch (error) {
    if (error instanceof ApiError && !error.transient && error.code !== 'unauthenticated') {
      const rejection: Rejection = { code: error.code, issues: error.issues, revision: error.revision };
      return { outcome: 'rejected', rejection };
    }
    // Unreachable, overloaded, or signed out by an expired session: keep it and try again.
    return { outcome: 'retry' };
  }
}

let outbox: Outbox<RecordChange> | null = null;

export function recordOutbox(): Outbox<RecordChange> {
  outbox ??= new Outbox(OUTBOX_NAME, send);
  return outbox;
}

const partKey = (recordId: string, kind: Exclude<RecordChange['kind'], 'handoff'>) => `${recordId}:${kind}`;

export function queueRecordChange(recordId: string, change: RecordChange): Promise<void> {
  // Each hand-off is its own change; every other kind replaces its waiting predecessor.
  const key = change.kind === 'handoff' ? `${recordId}:handoff:${change.payload.id}` : partKey(recordId, change.kind);
  return recordOutbox().put({ ...change, key, group: recordId });
}

/** Drops the waiting change of one part (the counsellor chose the stored text over it). */
export function discardRecordChange(recordId: string, kind: 'intake' | 'notes'): Promise<void> {
  return recordOutbox().discard(partKey(recordId, kind));
}

/**
 * At sign-out: one last attempt to send, then nothing of any caller stays in this browser.
 * Answers how many changes could not be sent (the caller of this decides whether to warn).
 */
export async function flushRecordOutbox(): Promise<number> {
  const box = recordOutbox();
  await box.flush();
  return box.getState().pending;
}

export async function clearRecordOutbox(): Promise<void> {
  const box = recordOutbox();
  await box.clear();
  box.close();
  outbox = null;
}
