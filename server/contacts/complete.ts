import {
  beijingDate,
  completionProblems,
  intakeRiskLevel,
  type CompleteContactRequest,
  type CompletionProblem,
  type ContactRecord,
} from '../../src/contract';
import { audit } from '../audit';
import type { SignedIn } from '../auth/sessions';
import type { CentreSettingsOverrides } from '../config';
import { createFollowUp } from '../follow-ups/tasks';
import { ApiError } from '../http/errors';
import { loadCentreSettings } from '../shifts/settings';
import type { Store } from '../store/store';
import { readableContact, writableContact } from './access';
import { recordWithHistory } from './history';
import { assertDraft, conflicts, storeIntake, storeNotes, storeTransfers } from './save';

/**
 * Ends wrap-up. The request carries the final intake, notes and transfer log; when the API already
 * holds a newer revision of any of them, or the same revision with other content (saved from
 * another tab since this one loaded), the answer is 409, as to a save: the API does not complete
 * over data the counsellor has not seen.
 * The parts are saved even when something is missing, so a 422 loses nothing typed. A high-risk
 * record leaves its follow-up task in the same transaction.
 */
export async function completeContact(
  store: Store,
  auth: SignedIn,
  id: string,
  request: CompleteContactRequest,
  overrides: CentreSettingsOverrides,
): Promise<ContactRecord> {
  const now = new Date();
  const problems = await store.transaction(async (tx): Promise<CompletionProblem[]> => {
    const row = await writableContact(tx, id, auth);
    assertDraft(row);
    if (
      request.intakeRevision < row.intakeRevision ||
      request.notesRevision < row.notesRevision ||
      request.transfersRevision < row.transfersRevision ||
      conflicts(row, 'intake', request.intakeRevision, request.intake) ||
      conflicts(row, 'notes', request.notesRevision, request.notes) ||
      conflicts(row, 'transfers', request.transfersRevision, request.transfers)
    ) {
      throw new ApiError(409, 'conflict');
    }
    await storeIntake(tx, auth, row, request.intakeRevision, request.intake);
    await storeNotes(tx, row.id, request.notesRevision, request.notes);
    await storeTransfers(tx, row.id, request.transfersRevision, request.transfers);

    const missing = completionProblems(request.intake, beijingDate(now));
    if (missing.length > 0) return missing;
    await tx.query(
      `update contacts set status = 'completed', completed_at = $2, ended_at = coalesce(ended_at, $2), updated_at = now()
        where id = $1`,
      [row.id, now],
    );
    await audit(tx, {
      staffId: auth.staffId,
      action: 'contact.complete',
      subjectType: 'contact',
      subjectId: row.id,
      detail: { callType: request.intake.callType, riskLevel: intakeRiskLevel(request.intake) },
    });
    const { followUpDueHours } = await loadCentreSettings(tx, row.centreAreaCode, overrides);
    await createFollowUp(tx, auth, row, request.intake, now, followUpDueHours);
    return [];
  });
  if (problems.length > 0) {
    throw new ApiError(422, 'incomplete', {
      issues: problems.map((problem) => ({ path: problem.path.split('.'), message: problem.message })),
    });
  }
  return recordWithHistory(store, await readableContact(store, id, auth));
}
