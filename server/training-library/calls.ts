import { emptyIntake } from '../../src/contract';
import { autoRubric } from '../../src/contract/training-rubric';
import type { HandoffPacket } from '../../src/contract/transfer';
import { recordWithHistory } from '../contacts/history';
import { contactsWithStaff, recordColumns, type ContactRecordRow } from '../contacts/rows';
import type { Store } from '../store/store';
import type { TrainingCallRow } from '../training/rows';
import { useTrainingSchema } from '../training/scope';

/** A mock call the trainee answered and that is over, over `training_calls tc` (a grant never answered was no practice). */
export const finishedCall = "tc.state = 'ended' and tc.started_at is not null";

/** Talk time: from the trainee answering to the end (nothing for a call never answered). */
export function talkSec(row: Pick<TrainingCallRow, 'startedAt' | 'endedAt'>): number {
  if (!row.startedAt || !row.endedAt) return 0;
  return Math.max(0, Math.round((row.endedAt.getTime() - row.startedAt.getTime()) / 1000));
}

/**
 * The training record of a mock call as the real record code reads it, but from the `training`
 * schema: its intake, notes, hand-off packets and whether the trainer whispered on it (a
 * supervision in training.supervisions counts as the supervisor informed).
 */
async function trainingFacts(store: Store, callId: string) {
  return store.transaction(async (tx) => {
    await useTrainingSchema(tx);
    const [row] = await tx.query<ContactRecordRow>(`select ${recordColumns} from ${contactsWithStaff} where c.call_id = $1`, [callId]);
    if (!row) return null;
    const record = await recordWithHistory(tx, row);
    const handoffs = await tx.query<{ packet: HandoffPacket }>('select packet from handoffs where contact_id = $1 order by created_at', [row.id]);
    return { record, handoffs: handoffs.map((h) => h.packet) };
  });
}

/**
 * The automatic rubric of a mock call now, against the scenario as it was when the call was made;
 * a call the trainee never recorded scores as an empty form.
 */
export async function computeAuto(store: Store, row: TrainingCallRow) {
  const facts = row.callId ? await trainingFacts(store, row.callId) : null;
  return autoRubric({
    expected: row.scenario.expected,
    intake: facts?.record.intake ?? emptyIntake(),
    notes: facts?.record.notes ?? [],
    handoffs: facts?.handoffs ?? [],
    supervisorInformed: facts?.record.supervisorInformed ?? false,
  });
}
