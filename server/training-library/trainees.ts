import type { Trainee, TraineeProgress } from '../../src/contract/training';
import { audit } from '../audit';
import type { SignedIn } from '../auth/sessions';
import { ApiError } from '../http/errors';
import type { Queryable, Store } from '../store/store';
import { trainingCallSelect, type TrainingCallRow } from '../training/rows';
import { finishedCall, talkSec } from './calls';
import { resultOf } from './scores';

interface TraineeRow {
  id: string;
  displayName: string;
  username: string;
  centre: string | null;
  extension: string;
  trainee: boolean;
  signedOffAt: Date | null;
  signedOffBy: string | null;
  mockCalls: number;
}

/** Accounts that take calls (counsellors and supervisors): those still in training first. */
const traineeSelect = `select s.id, s.display_name as "displayName", s.username, s.centre_area_code as centre,
    s.sip_username as extension, s.trainee, s.signed_off_at as "signedOffAt", signer.display_name as "signedOffBy",
    (select count(*)::int from training_calls tc where tc.trainee_id = s.id and ${finishedCall}) as "mockCalls"
  from staff s left join staff signer on signer.id = s.signed_off_by
  where s.role in ('counsellor', 'supervisor')`;

const toTrainee = (row: TraineeRow): Trainee => ({ ...row, signedOffAt: row.signedOffAt?.toISOString() ?? null });

export async function listTrainees(db: Queryable): Promise<Trainee[]> {
  const rows = await db.query<TraineeRow>(`${traineeSelect} order by s.trainee desc, s.display_name, s.username`);
  return rows.map(toTrainee);
}

async function trainee(db: Queryable, id: string): Promise<Trainee> {
  const [row] = await db.query<TraineeRow>(`${traineeSelect} and s.id = $1`, [id]);
  if (!row) throw new ApiError(404, 'not_found');
  return toTrainee(row);
}

/** Every mock call the trainee answered and finished, oldest first (the chart's time axis), with its rubric and talk time. */
export async function traineeProgress(store: Store, id: string): Promise<TraineeProgress> {
  const who = await trainee(store, id);
  const rows = await store.query<TrainingCallRow>(`${trainingCallSelect} where tc.trainee_id = $1 and ${finishedCall} order by tc.granted_at`, [id]);
  const calls: TraineeProgress['calls'] = [];
  for (const row of rows) {
    const result = await resultOf(store, row);
    calls.push({
      callId: row.id,
      at: (row.startedAt ?? row.grantedAt).toISOString(),
      scenarioTitle: row.scenario.title,
      talkSec: talkSec(row),
      auto: result.auto,
      judgement: result.judgement,
    });
  }
  return { trainee: who, practiceSec: calls.reduce((sum, call) => sum + call.talkSec, 0), calls };
}

/**
 * The trainer's word that the trainee passed: the account takes real calls from now on. Signing
 * off someone not in training (or already signed off) is a conflict, so the first sign-off stands.
 */
export async function signOffTrainee(store: Store, auth: SignedIn, id: string, note: string): Promise<Trainee> {
  await store.transaction(async (tx) => {
    const [row] = await tx.query<{ trainee: boolean }>(`select trainee from staff where id = $1 and role in ('counsellor', 'supervisor') for update`, [id]);
    if (!row) throw new ApiError(404, 'not_found');
    if (!row.trainee) throw new ApiError(409, 'conflict');
    await tx.query('update staff set trainee = false, signed_off_at = now(), signed_off_by = $2, signed_off_note = $3 where id = $1', [
      id,
      auth.staffId,
      note,
    ]);
    await audit(tx, { staffId: auth.staffId, action: 'trainee.signed-off', subjectType: 'staff', subjectId: id });
  });
  return trainee(store, id);
}
