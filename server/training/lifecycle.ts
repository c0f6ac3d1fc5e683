import { timingSafeEqual } from 'node:crypto';
import type { ContactRecord } from '../../src/contract';
import type { TrainingCall, TrainingCallView } from '../../src/contract/training';
import { trainingSipUsername, type VouchedTraining } from '../../src/contract/training-call';
import { audit } from '../audit';
import type { SignedIn } from '../auth/sessions';
import { recordWithHistory } from '../contacts/history';
import { contactsWithStaff, recordColumns, type ContactRecordRow } from '../contacts/rows';
import { ApiError } from '../http/errors';
import type { Queryable, Store } from '../store/store';
import { hashToken } from '../supervision/grant';
import { endSupervisionsOfSeat } from '../supervision/lifecycle';
import { expireStaleMockCalls, readTrainingCall, scopeOf, toTrainingCall, type TrainingCallRow } from './rows';
import { inTrainingScope, useTrainingSchema } from './scope';

function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Why a grant is not good for this seat and call now; null when it is. */
async function refusal(db: Queryable, row: TrainingCallRow | undefined, token: string, auth: SignedIn, callId: string): Promise<string | null> {
  if (!row) return 'unknown-grant';
  if (!sameHash(row.tokenHash, hashToken(token))) return 'bad-token';
  if (row.traineeId !== auth.staffId) return 'other-seat';
  if (row.state !== 'granted') return 'used';
  if (row.expiresAt.getTime() <= Date.now()) return 'expired';
  // Two grants for one trainee, both rung: only one mock call at a time.
  await expireStaleMockCalls(db, row.traineeId);
  const [busy] = await db.query("select 1 from training_calls where trainee_id = $1 and state = 'live'", [row.traineeId]);
  if (busy) return 'trainee-busy';
  // A Call-ID already recorded, for real or in training, would mix two calls' records.
  const [used] = await db.query(
    'select 1 from training_calls where call_id = $1 union all select 1 from public.contacts where call_id = $1 limit 1',
    [callId],
  );
  return used ? 'call-id-used' : null;
}

export type TrainingVouch = { vouched: true; training: VouchedTraining } | { vouched: false };

/**
 * The trainee's phone asks about a mock call ringing on its seat. A grant is good once, for its
 * own trainee, before it expires; anything else is refused and audited. Training never raises a
 * supervisor's alert: a refused mock call concerns the trainer, not the centre.
 */
export async function vouchTrainingCall(store: Store, auth: SignedIn, id: string, token: string, callId: string): Promise<TrainingVouch> {
  return store.transaction(async (tx) => {
    const row = await readTrainingCall(tx, id, true);
    const why = await refusal(tx, row, token, auth, callId);
    if (!row || why) {
      // Refusals are the real account's security events: the real audit log keeps them.
      await audit(tx, { staffId: auth.staffId, action: 'training.refused', subjectType: 'training_call', subjectId: row?.id ?? null, detail: { why } });
      return { vouched: false };
    }
    await tx.query("update training_calls set state = 'live', call_id = $2, started_at = now() where id = $1", [id, callId]);
    await useTrainingSchema(tx);
    await audit(tx, { staffId: auth.staffId, action: 'training.started', subjectType: 'training_call', subjectId: id });
    return {
      vouched: true,
      training: {
        id,
        trainerName: row.trainerName,
        practiceTarget: trainingSipUsername(row.trainerExtension),
        dialled: row.scenario.persona.dialled,
      },
    };
  });
}

type EndReason = 'trainer-ended' | 'trainee-ended' | 'call-ended';

/** Which side may say what: the trainer ends the exercise, the trainee's phone hangs up. */
const reasonsOf = { trainer: ['trainer-ended', 'call-ended'], trainee: ['trainee-ended', 'call-ended'] } as const;

/** Only its trainer and its trainee know a mock call exists; to anyone else it does not. */
function partyOf(row: TrainingCallRow | undefined, auth: SignedIn): { row: TrainingCallRow; party: 'trainer' | 'trainee' } {
  if (row?.trainerId === auth.staffId) return { row, party: 'trainer' };
  if (row?.traineeId === auth.staffId) return { row, party: 'trainee' };
  throw new ApiError(404, 'not_found');
}

/** Ends the mock call and any whisper still on it; ending twice keeps the first end. */
export async function endTrainingCall(store: Store, auth: SignedIn, id: string, reason: EndReason): Promise<{ call: TrainingCall; changed: boolean }> {
  return store.transaction(async (tx) => {
    const { row, party } = partyOf(await readTrainingCall(tx, id, true), auth);
    if (!(reasonsOf[party] as readonly string[]).includes(reason)) throw new ApiError(403, 'forbidden');
    if (row.state === 'ended') return { call: toTrainingCall(row), changed: false };
    await tx.query("update training_calls set state = 'ended', ended_at = now(), end_reason = $2 where id = $1", [id, reason]);
    await useTrainingSchema(tx);
    await endSupervisionsOfSeat(tx, row.traineeId);
    await audit(tx, { staffId: auth.staffId, action: 'training.ended', subjectType: 'training_call', subjectId: id, detail: { reason } });
    const ended = await readTrainingCall(tx, id);
    if (!ended) throw new Error('training call vanished in its own transaction');
    return { call: toTrainingCall(ended), changed: true };
  });
}

/** The trainer's view of their mock call: the scenario they play and the trainee's record as saved. */
export async function trainingCallView(store: Store, auth: SignedIn, id: string): Promise<TrainingCallView> {
  const row = await readTrainingCall(store, id);
  if (!row || row.trainerId !== auth.staffId) throw new ApiError(404, 'not_found');
  const record = await inTrainingScope(store, scopeOf(row), (db) => trainingRecord(db, row.callId));
  return { call: toTrainingCall(row), scenario: row.scenario, record };
}

/** Read through the real record reader, inside the scope: the training twins answer. */
async function trainingRecord(db: Store, callId: string | null): Promise<ContactRecord | null> {
  if (callId === null) return null;
  const [contact] = await db.query<ContactRecordRow>(`select ${recordColumns} from ${contactsWithStaff} where c.call_id = $1`, [callId]);
  return contact ? recordWithHistory(db, contact) : null;
}
