import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, completeContact, contactKeys, rescuesQuery } from '../../api';
import type { ValidationIssue } from '../../contract';
import { useTelephony } from '../../telephony';
import { recordOutbox } from './record-outbox';
import { fromContactRecord, useRecordStore } from './record-store';

export type CompletionOutcome = { completed: true } | { completed: false; issues: ValidationIssue[] };

/**
 * Finishing wrap-up: the record goes to the API whole, the API checks nothing is missing, and
 * only then does the seat leave wrap-up for the next caller.
 */
export function useCompleteRecord() {
  const telephony = useTelephony();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (): Promise<CompletionOutcome> => {
      const open = useRecordStore.getState().open;
      if (!open) return { completed: true };
      // The record's start and earlier changes must reach the API before its completion.
      await recordOutbox().flush();
      try {
        const completed = await completeContact(open.id, {
          intake: open.intake,
          intakeRevision: Math.max(open.intakeRevision, 1),
          notes: open.notes,
          notesRevision: Math.max(open.notesRevision, 1),
          transfers: open.transfers,
          transfersRevision: open.transfersRevision,
        });
        useRecordStore.getState().openRecord(fromContactRecord(completed));
      } catch (error) {
        if (error instanceof ApiError && (error.code === 'incomplete' || error.code === 'validation')) {
          return { completed: false, issues: error.issues };
        }
        throw error;
      }
      const call = telephony.store.getState().calls.find((candidate) => candidate.sipCallId === open.callId);
      if (call?.phase === 'wrap-up') telephony.finishWrapUp(call.id);
      useRecordStore.getState().closeRecord();
      await queryClient.invalidateQueries({ queryKey: contactKeys.all });
      await queryClient.invalidateQueries({ queryKey: rescuesQuery('mine').queryKey });
      return { completed: true };
    },
  });
}
