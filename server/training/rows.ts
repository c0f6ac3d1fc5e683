import type { Scenario, TrainingCall, TrainingCallState } from '../../src/contract/training';
import type { Queryable } from '../store/store';
import type { TrainingScope } from './scope';

export interface TrainingCallRow {
  id: string;
  state: TrainingCallState;
  scenarioId: string;
  /** The Scenario as it was when the call was granted. */
  scenario: Scenario;
  traineeId: string;
  traineeName: string;
  traineeExtension: string;
  trainerId: string;
  trainerName: string;
  trainerExtension: string;
  tokenHash: string;
  callId: string | null;
  grantedAt: Date;
  expiresAt: Date;
  startedAt: Date | null;
  endedAt: Date | null;
  scored: boolean;
}

/**
 * A mock call lasts minutes. One still live after this long is a phone that never said it ended
 * (a closed tab): it must not keep its trainee from the next mock call, nor a signed-off
 * counsellor from real calls, for ever.
 */
export const MOCK_CALL_MAX_SEC = 2 * 3600;

/** SQL: a mock call `tc` that is live now, within that limit. */
export const liveMockCallSql = `tc.state = 'live' and tc.started_at > now() - make_interval(secs => ${MOCK_CALL_MAX_SEC})`;

/** Ends the trainee's mock calls left live past the limit, as expired. */
export async function expireStaleMockCalls(db: Queryable, traineeId: string): Promise<void> {
  await db.query(
    `update training_calls tc set state = 'ended', ended_at = now(), end_reason = 'expired'
      where tc.trainee_id = $1 and tc.state = 'live' and not (${liveMockCallSql})`,
    [traineeId],
  );
}

/** Mock calls with their trainee's and trainer's names and extensions, over `training_calls tc`. */
export const trainingCallSelect = `
  select tc.id, tc.state, tc.scenario_id as "scenarioId", tc.scenario,
         tc.trainee_id as "traineeId", te.display_name as "traineeName", te.sip_username as "traineeExtension",
         tc.trainer_id as "trainerId", tr.display_name as "trainerName", tr.sip_username as "trainerExtension",
         tc.token_hash as "tokenHash", tc.call_id as "callId", tc.granted_at as "grantedAt", tc.expires_at as "expiresAt",
         tc.started_at as "startedAt", tc.ended_at as "endedAt",
         exists (select 1 from training_scores s where s.training_call_id = tc.id) as scored
    from training_calls tc join staff te on te.id = tc.trainee_id join staff tr on tr.id = tc.trainer_id`;

/** The row, locked for the rest of the transaction when `lock` (changes of one mock call take turns). */
export async function readTrainingCall(db: Queryable, id: string, lock = false): Promise<TrainingCallRow | undefined> {
  const [row] = await db.query<TrainingCallRow>(`${trainingCallSelect} where tc.id = $1${lock ? ' for update of tc' : ''}`, [id]);
  return row;
}

export function toTrainingCall(row: TrainingCallRow): TrainingCall {
  return {
    id: row.id,
    state: row.state,
    scenarioId: row.scenarioId,
    scenarioTitle: row.scenario.title,
    traineeId: row.traineeId,
    traineeName: row.traineeName,
    trainerId: row.trainerId,
    trainerName: row.trainerName,
    callId: row.callId,
    grantedAt: row.grantedAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    endedAt: row.endedAt?.toISOString() ?? null,
    scored: row.scored,
  };
}

export const scopeOf = (row: Pick<TrainingCallRow, 'id' | 'traineeId' | 'trainerId'>): TrainingScope => ({
  trainingCallId: row.id,
  traineeId: row.traineeId,
  trainerId: row.trainerId,
});
