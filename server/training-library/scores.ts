import {
  judgementItems,
  type AutoRubricResult,
  type JudgementScore,
  type ScoreTrainingCallRequest,
  type TrainingResult,
} from '../../src/contract/training';
import { audit } from '../audit';
import type { SignedIn } from '../auth/sessions';
import { ApiError } from '../http/errors';
import type { Queryable, Store } from '../store/store';
import { readTrainingCall, toTrainingCall, trainingCallSelect, type TrainingCallRow } from '../training/rows';
import { computeAuto, finishedCall } from './calls';

interface ScoreRow {
  auto: AutoRubricResult[];
  judgement: JudgementScore[];
  comment: string;
  scoredAt: Date;
  scoredBy: string;
}

const unscored = (): JudgementScore[] => judgementItems.map((item) => ({ item, score: null, comment: '' }));

async function scoreOf(db: Queryable, id: string): Promise<ScoreRow | undefined> {
  const [row] = await db.query<ScoreRow>(
    `select ts.auto, ts.judgement, ts.comment, ts.scored_at as "scoredAt", s.display_name as "scoredBy"
       from training_scores ts join staff s on s.id = ts.scored_by where ts.training_call_id = $1`,
    [id],
  );
  return row;
}

/**
 * A mock call's rubric: as scored (the automatic items as they were when the trainer scored), or,
 * before that, the automatic items as the training record stands and no judgement yet.
 */
export async function resultOf(store: Store, row: TrainingCallRow): Promise<TrainingResult> {
  const score = await scoreOf(store, row.id);
  return {
    call: toTrainingCall(row),
    auto: score?.auto ?? (await computeAuto(store, row)),
    judgement: score?.judgement ?? unscored(),
    comment: score?.comment ?? '',
    scoredAt: score?.scoredAt.toISOString() ?? null,
    scoredBy: score?.scoredBy ?? null,
  };
}

/**
 * Only the call's own trainer scores it, once it is over (the record is what the trainee left).
 * Scoring again replaces the score and computes the automatic items afresh; both are audited.
 */
export async function scoreTrainingCall(store: Store, auth: SignedIn, id: string, request: ScoreTrainingCallRequest): Promise<TrainingResult> {
  const row = await readTrainingCall(store, id);
  if (!row) throw new ApiError(404, 'not_found');
  if (row.trainerId !== auth.staffId) throw new ApiError(403, 'forbidden');
  if (row.state !== 'ended') throw new ApiError(409, 'conflict');
  // Each judgement item once, in the contract's order.
  const judgement = judgementItems.map((item) => request.judgement.find((score) => score.item === item));
  if (judgement.some((score) => !score)) throw new ApiError(400, 'validation');
  const auto = await computeAuto(store, row);
  await store.transaction(async (tx) => {
    const [written] = await tx.query<{ created: boolean }>(
      `insert into training_scores (training_call_id, auto, judgement, comment, scored_by) values ($1, $2, $3, $4, $5)
       on conflict (training_call_id) do update
         set auto = excluded.auto, judgement = excluded.judgement, comment = excluded.comment,
             scored_by = excluded.scored_by, scored_at = now()
       returning (xmax = 0) as created`,
      [id, JSON.stringify(auto), JSON.stringify(judgement), request.comment, auth.staffId],
    );
    await audit(tx, {
      staffId: auth.staffId,
      action: written?.created ? 'training-call.scored' : 'training-call.rescored',
      subjectType: 'training-call',
      subjectId: id,
    });
  });
  const scored = await readTrainingCall(store, id);
  if (!scored) throw new ApiError(404, 'not_found');
  return resultOf(store, scored);
}

/**
 * Trainers read any mock call's rubric (they follow every trainee's progress); a trainee reads their
 * own once the call is over. Anyone else's is a 404, so it cannot be told to exist.
 */
export async function readTrainingResult(store: Store, auth: SignedIn, id: string): Promise<TrainingResult> {
  const row = await readTrainingCall(store, id);
  if (!row || (auth.role !== 'trainer' && row.traineeId !== auth.staffId)) throw new ApiError(404, 'not_found');
  if (auth.role !== 'trainer' && row.state !== 'ended') throw new ApiError(409, 'conflict');
  return resultOf(store, row);
}

/** The signed-in counsellor's mock calls, answered and over, newest first. */
export async function myTrainingResults(store: Store, auth: SignedIn): Promise<TrainingResult[]> {
  const rows = await store.query<TrainingCallRow>(`${trainingCallSelect} where tc.trainee_id = $1 and ${finishedCall} order by tc.granted_at desc`, [
    auth.staffId,
  ]);
  const results: TrainingResult[] = [];
  for (const row of rows) results.push(await resultOf(store, row));
  return results;
}
