import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, completeContact, contactKeys, rescuesQuery } from '../../api';
import { intakeRiskLevel, needsSafetyAction, type ValidationIssue } from '../../contract';
import { recordOutbox } from './record-outbox';
import { useRecordStore } from './record-store';

/** `callId` is the SIP Call-ID of the completed record's call, whose wrap-up can now end. */
export type CompletionOutcome = { completed: true; callId: string | null } | { completed: false; issues: ValidationIssue[] };

/**
 * Finishing the record: it goes to the API whole, the API checks nothing is missing, and only
 * then does it leave the screen. Ending the call's wrap-up is the caller's part (the app).
 */
export function useCompleteRecord() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (): Promise<CompletionOutcome> => {
      const open = useRecordStore.getState().open;
      if (!open) return { completed: true, callId: null };
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
        useRecordStore.getState().completed(completed);
      } catch (error) {
        if (error instanceof ApiError && (error.code === 'incomplete' || error.code === 'validation')) {
          return { completed: false, issues: error.issues };
        }
        throw error;
      }
      await queryClient.invalidateQueries({ queryKey: contactKeys.all });
      await queryClient.invalidateQueries({ queryKey: rescuesQuery('mine').queryKey });
      return { completed: true, callId: open.callId };
    },
  });
}

/**
 * Whether the counsellor should be offered a short debrief break after this call's wrap-up:
 * its record (open, or just completed) is high or imminent risk.
 */
export function needsDebriefAfter(sipCallId: string): boolean {
  const { open, lastCompleted } = useRecordStore.getState();
  const intake = open?.callId === sipCallId ? open.intake : lastCompleted?.callId === sipCallId ? lastCompleted.intake : null;
  return intake !== null && needsSafetyAction(intakeRiskLevel(intake));
}
