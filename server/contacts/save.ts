import {
  intakeRiskLevel,
  saveConflicts,
  triageRisk,
  type Intake,
  type Notes,
  type RiskOverride,
  type SavedPart,
  type TransferLog,
} from '../../src/contract';
import { raiseImminentCall } from '../alerts/rules';
import { audit } from '../audit';
import type { LiveChange } from '../events/bus';
import { latestHandoffId } from '../events/announce';
import type { SignedIn } from '../auth/sessions';
import { ApiError } from '../http/errors';
import type { Queryable, Store } from '../store/store';
import { writableContact } from './access';
import type { ContactRecordRow } from './rows';

const sameOverride = (a: RiskOverride | null, b: RiskOverride | null) => a?.level === b?.level && a?.reason === b?.reason;

/**
 * Stores the intake with the call type and risk level derived from it. A changed risk override is
 * audited with the counsellor's reason: it is their clinical justification, not the caller's data.
 */
export async function storeIntake(
  tx: Queryable,
  auth: SignedIn,
  row: ContactRecordRow,
  revision: number,
  intake: Intake,
): Promise<Date> {
  const [saved] = await tx.query<{ at: Date }>(
    `update contacts set intake = $2, intake_revision = $3, call_type = $4, risk_level = $5,
                         intake_saved_at = now(), updated_at = now()
      where id = $1 returning intake_saved_at as at`,
    [row.id, JSON.stringify(intake), revision, intake.callType, intakeRiskLevel(intake)],
  );
  const before = row.intake.riskOverride;
  const after = intake.riskOverride;
  if (!sameOverride(before, after)) {
    await audit(tx, {
      staffId: auth.staffId,
      action: 'risk.override',
      subjectType: 'contact',
      subjectId: row.id,
      detail: {
        computed: triageRisk(intake.screener, intake.lifeline).level,
        from: before?.level ?? null,
        to: after?.level ?? null,
        reason: after?.reason ?? null,
      },
    });
  }
  return requireSaved(saved).at;
}

/** The notes and the transfer log are saved alike: the part, its revision and when. */
async function storeListPart(tx: Queryable, id: string, part: 'notes' | 'transfers', revision: number, value: unknown): Promise<Date> {
  const [saved] = await tx.query<{ at: Date }>(
    `update contacts set ${part} = $2, ${part}_revision = $3, ${part}_saved_at = now(), updated_at = now()
      where id = $1 returning ${part}_saved_at as at`,
    [id, JSON.stringify(value), revision],
  );
  return requireSaved(saved).at;
}

export const storeNotes = (tx: Queryable, id: string, revision: number, notes: Notes) => storeListPart(tx, id, 'notes', revision, notes);

export const storeTransfers = (tx: Queryable, id: string, revision: number, transfers: TransferLog) =>
  storeListPart(tx, id, 'transfers', revision, transfers);

function requireSaved<T>(row: T | undefined): T {
  if (!row) throw new Error('locked contact vanished during its save');
  return row;
}

export function assertDraft(row: ContactRecordRow): void {
  if (row.status !== 'draft') throw new ApiError(409, 'conflict');
}

type Part = 'intake' | 'notes' | 'transfers';

function storedPart(row: ContactRecordRow, part: Part): { revision: number; savedAt: Date; value: unknown } {
  switch (part) {
    case 'intake':
      return { revision: row.intakeRevision, savedAt: row.intakeSavedAt, value: row.intake };
    case 'notes':
      return { revision: row.notesRevision, savedAt: row.notesSavedAt, value: row.notes };
    case 'transfers':
      return { revision: row.transfersRevision, savedAt: row.transfersSavedAt, value: row.transfers };
  }
}

/** The contract's conflict rule (saveConflicts) for one part of a stored record. */
export function conflicts(row: ContactRecordRow, part: Part, revision: number, value: unknown): boolean {
  return saveConflicts(revision, storedPart(row, part), value);
}

/**
 * A part is stored only when its revision is newer than the stored one. A revision not newer is a
 * retry when it carries what is stored (answered with the stored revision); with other content it
 * is another tab's or a late replay's, and 409 (naming the stored revision) keeps it from either
 * winning or vanishing unseen: the counsellor is shown both texts and chooses.
 */
async function savePart(
  store: Store,
  auth: SignedIn,
  id: string,
  part: Part,
  revision: number,
  value: unknown,
  write: (tx: Queryable, row: ContactRecordRow) => Promise<Date>,
): Promise<SavedPart> {
  return store.transaction(async (tx) => {
    const row = await writableContact(tx, id, auth);
    assertDraft(row);
    const stored = storedPart(row, part);
    if (conflicts(row, part, revision, value)) throw new ApiError(409, 'conflict', { revision: stored.revision });
    if (revision <= stored.revision) return { revision: stored.revision, savedAt: stored.savedAt.toISOString() };
    return { revision, savedAt: (await write(tx, row)).toISOString() };
  });
}

/**
 * What a stored intake changes on the live centre, for the event stream once it is committed: the
 * draft's risk level (the supervisor's board ranks live calls by it), and a rescue the form closed.
 * A save that makes a live call imminent raises the supervisors' alert in the same transaction, so
 * a stored imminent level never lacks its alert.
 */
async function liveChangesOf(tx: Queryable, row: ContactRecordRow, intake: Intake): Promise<LiveChange[]> {
  const changes: LiveChange[] = [];
  if (intakeRiskLevel(intake) !== row.riskLevel) changes.push({ kind: 'risk', staffId: row.counsellorId, callId: row.callId });
  const wasOpen = row.intake.safety.emergencyHandoff?.outcome === 'pending';
  if (wasOpen && intake.safety.emergencyHandoff?.outcome !== 'pending') {
    const handoffId = await latestHandoffId(tx, row.id);
    if (handoffId) changes.push({ kind: 'rescue', change: 'closed', handoffId });
  }
  return changes;
}

export async function saveIntake(
  store: Store,
  auth: SignedIn,
  id: string,
  revision: number,
  intake: Intake,
): Promise<{ saved: SavedPart; changes: LiveChange[] }> {
  let changes: LiveChange[] = [];
  const saved = await savePart(store, auth, id, 'intake', revision, intake, async (tx, row) => {
    changes = await liveChangesOf(tx, row, intake);
    const at = await storeIntake(tx, auth, row, revision, intake);
    const raised = await raiseImminentCall(tx, row.id, intakeRiskLevel(intake));
    changes.push(...raised.map((alertId): LiveChange => ({ kind: 'alert', alertId })));
    return at;
  });
  return { saved, changes };
}

export const saveNotes = (store: Store, auth: SignedIn, id: string, revision: number, notes: Notes) =>
  savePart(store, auth, id, 'notes', revision, notes, (tx, row) => storeNotes(tx, row.id, revision, notes));

export const saveTransfers = (store: Store, auth: SignedIn, id: string, revision: number, transfers: TransferLog) =>
  savePart(store, auth, id, 'transfers', revision, transfers, (tx, row) => storeTransfers(tx, row.id, revision, transfers));
