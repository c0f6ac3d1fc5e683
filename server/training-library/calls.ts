import { emptyIntake } from '../../src/contract';
import { autoRubric } from '../../src/contract/training-rubric';
import { Scenario, type TrainingCall, type TrainingCallState } from '../../src/contract/training';
import type { HandoffPacket } from '../../src/contract/transfer';
import { recordWithHistory } from '../contacts/history';
import { contactsWithStaff, recordColumns, type ContactRecordRow } from '../contacts/rows';
import type { Queryable, Store } from '../store/store';

export interface TrainingCallRow {
  id: string;
  state: TrainingCallState;
  scenarioId: string;
  scenario: unknown;
  traineeId: string;
  traineeName: string;
  trainerId: string;
  trainerName: string;
  callId: string | null;
  grantedAt: Date;
  startedAt: Date | null;
  endedAt: Date | null;
  scored: boolean;
}

/** Mock calls with their trainer's and trainee's names, over `training_calls tc`. */
export const trainingCallSelect = `select tc.id, tc.state, tc.scenario_id as "scenarioId", tc.scenario,
    tc.trainee_id as "traineeId", trainee.display_name as "traineeName",
    tc.trainer_id as "trainerId", trainer.display_name as "trainerName",
    tc.call_id as "callId", tc.granted_at as "grantedAt", tc.started_at as "startedAt", tc.ended_at as "endedAt",
    exists (select 1 from training_scores ts where ts.training_call_id = tc.id) as scored
  from training_calls tc
  join staff trainee on trainee.id = tc.trainee_id
  join staff trainer on trainer.id = tc.trainer_id`;

/** The scenario snapshot the call was made with: its expectations score the call, whatever was edited since. */
export const snapshotOf = (row: TrainingCallRow): Scenario => Scenario.parse(row.scenario);

export function toTrainingCall(row: TrainingCallRow): TrainingCall {
  const iso = (at: Date | null) => at?.toISOString() ?? null;
  return {
    id: row.id,
    state: row.state,
    scenarioId: row.scenarioId,
    scenarioTitle: snapshotOf(row).title,
    traineeId: row.traineeId,
    traineeName: row.traineeName,
    trainerId: row.trainerId,
    trainerName: row.trainerName,
    callId: row.callId,
    grantedAt: row.grantedAt.toISOString(),
    startedAt: iso(row.startedAt),
    endedAt: iso(row.endedAt),
    scored: row.scored,
  };
}

/** Talk time: from the trainee answering to the end (nothing for a call never answered). */
export function talkSec(row: Pick<TrainingCallRow, 'startedAt' | 'endedAt'>): number {
  if (!row.startedAt || !row.endedAt) return 0;
  return Math.max(0, Math.round((row.endedAt.getTime() - row.startedAt.getTime()) / 1000));
}

/**
 * The training record of a mock call as the real record code reads it, but from the `training`
 * schema (its tables shadow the real ones on the search path): its intake, notes, hand-off packets
 * and whether the trainer whispered on it (a supervision in training.supervisions).
 */
async function trainingFacts(store: Store, callId: string) {
  return store.transaction(async (tx) => {
    await tx.query('set local search_path = training, public');
    const [row] = await tx.query<ContactRecordRow>(`select ${recordColumns} from ${contactsWithStaff} where c.call_id = $1`, [callId]);
    if (!row) return null;
    const record = await recordWithHistory(tx, row);
    const handoffs = await tx.query<{ packet: HandoffPacket }>('select packet from handoffs where contact_id = $1 order by created_at', [row.id]);
    return { record, handoffs: handoffs.map((h) => h.packet) };
  });
}

/** The automatic rubric of a mock call now; a call the trainee never recorded scores as an empty form. */
export async function computeAuto(store: Store, row: TrainingCallRow) {
  const facts = row.callId ? await trainingFacts(store, row.callId) : null;
  return autoRubric({
    expected: snapshotOf(row).expected,
    intake: facts?.record.intake ?? emptyIntake(),
    notes: facts?.record.notes ?? [],
    handoffs: facts?.handoffs ?? [],
    supervisorInformed: facts?.record.supervisorInformed ?? false,
  });
}

export async function trainingCallRow(db: Queryable, id: string, { lock = false } = {}): Promise<TrainingCallRow | undefined> {
  const [row] = await db.query<TrainingCallRow>(`${trainingCallSelect} where tc.id = $1 ${lock ? 'for update of tc' : ''}`, [id]);
  return row;
}
