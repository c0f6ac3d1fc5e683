import { randomBytes } from 'node:crypto';
import { trainingSipUsername } from '../../src/contract/training-call';
import type { Scenario, TrainingGrant } from '../../src/contract/training';
import { audit } from '../audit';
import type { SignedIn } from '../auth/sessions';
import { ApiError } from '../http/errors';
import type { Queryable, Store } from '../store/store';
import { GRANT_LIFETIME_SEC, hashToken } from '../supervision/grant';
import { expireStaleMockCalls } from './rows';
import { useTrainingSchema } from './scope';

interface ScenarioRow {
  id: string;
  draft: Omit<Scenario, 'id' | 'builtIn' | 'retiredAt' | 'updatedAt'>;
  builtIn: boolean;
  retiredAt: Date | null;
  updatedAt: Date;
}

/** The scenario as the trainer picked it: kept with the call, so later edits do not change its score. */
async function liveScenario(db: Queryable, id: string): Promise<Scenario> {
  const [row] = await db.query<ScenarioRow>(
    `select id, draft, built_in_key is not null as "builtIn", retired_at as "retiredAt", updated_at as "updatedAt"
       from training_scenarios where id = $1`,
    [id],
  );
  if (!row) throw new ApiError(404, 'not_found');
  if (row.retiredAt) throw new ApiError(409, 'conflict');
  return { ...row.draft, id: row.id, builtIn: row.builtIn, retiredAt: null, updatedAt: row.updatedAt.toISOString() };
}

interface TraineeSeat {
  name: string;
  extension: string;
  onRealCall: boolean;
  onMockCall: boolean;
}

/** Only an account that takes calls can practise on its seat; one call, real or mock, at a time. */
async function traineeSeat(db: Queryable, traineeId: string): Promise<TraineeSeat> {
  const [row] = await db.query<TraineeSeat>(
    `select st.display_name as name, st.sip_username as extension,
            coalesce(se.status = 'on-call', false) as "onRealCall",
            exists (select 1 from training_calls tc where tc.trainee_id = st.id and tc.state = 'live') as "onMockCall"
       from staff st left join seats se on se.staff_id = st.id
      where st.id = $1 and st.role in ('counsellor', 'supervisor')
      for update of st`,
    [traineeId],
  );
  if (!row) throw new ApiError(404, 'not_found');
  return row;
}

/**
 * A trainer's grant to place one mock call on a trainee's seat (issue #14): good once, for 30 s,
 * and the token is answered once and kept as a hash, like a supervision grant.
 */
export async function grantTrainingCall(store: Store, auth: SignedIn, request: { traineeId: string; scenarioId: string }): Promise<TrainingGrant> {
  const token = randomBytes(32).toString('base64url');
  const practiceTarget = trainingSipUsername(auth.sipUsername);
  const granted = await store.transaction(async (tx) => {
    await expireStaleMockCalls(tx, request.traineeId);
    const trainee = await traineeSeat(tx, request.traineeId);
    const scenario = await liveScenario(tx, request.scenarioId);
    if (trainee.onRealCall || trainee.onMockCall) throw new ApiError(409, 'conflict');
    const [row] = await tx.query<{ id: string; expiresAt: Date }>(
      `insert into training_calls (scenario_id, scenario, trainer_id, trainee_id, token_hash, expires_at)
       values ($1, $2, $3, $4, $5, now() + make_interval(secs => $6))
       returning id, expires_at as "expiresAt"`,
      [scenario.id, JSON.stringify(scenario), auth.staffId, request.traineeId, hashToken(token), GRANT_LIFETIME_SEC],
    );
    if (!row) throw new Error('training call insert returned no row');
    // The mock call's own story (granted, started, ended) is training data, like its record.
    await useTrainingSchema(tx);
    await audit(tx, { staffId: auth.staffId, action: 'training.granted', subjectType: 'training_call', subjectId: row.id, detail: { traineeId: request.traineeId } });
    return { row, trainee };
  });
  const { row, trainee } = granted;
  return { id: row.id, token, extension: trainee.extension, traineeName: trainee.name, practiceTarget, expiresAt: row.expiresAt.toISOString() };
}
