import { createHash, randomBytes } from 'node:crypto';
import type { StartSupervisionRequest, SupervisionGrant } from '../../src/contract';
import { audit } from '../audit';
import type { SignedIn } from '../auth/sessions';
import { ApiError } from '../http/errors';
import type { Queryable, Store } from '../store/store';
import { currentTrainingScope } from '../training/scope';

/** Long enough to dial and be vouched for on a slow night; short enough that a leaked grant is worthless. */
export const GRANT_LIFETIME_SEC = 30;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

interface LiveSeat {
  counsellorId: string;
  counsellorName: string;
  extension: string;
  centre: string | null;
}

const seatColumns = 'st.id as "counsellorId", st.display_name as "counsellorName", st.sip_username as extension, st.centre_area_code as centre';

/**
 * The counsellor talking on this call now (their seat is on it), if any. A mock call does not
 * occupy the seat (#14): its trainee is on it while the mock call is live.
 */
export async function seatOnCall(db: Queryable, callId: string): Promise<LiveSeat | undefined> {
  const sql = currentTrainingScope()
    ? `select ${seatColumns} from training_calls tc join staff st on st.id = tc.trainee_id where tc.call_id = $1 and tc.state = 'live'`
    : `select ${seatColumns} from seats se join staff st on st.id = se.staff_id where se.current_call_id = $1 and se.status = 'on-call'`;
  const [row] = await db.query<LiveSeat>(sql, [callId]);
  return row;
}

/**
 * A grant to supervise one live call: only a supervisor of the counsellor's centre, only while
 * the call is live and nobody else supervises it. The token is answered once and kept as a hash.
 */
export async function grantSupervision(store: Store, auth: SignedIn, request: StartSupervisionRequest): Promise<SupervisionGrant> {
  const token = randomBytes(32).toString('base64url');
  return store.transaction(async (tx) => {
    const seat = await seatOnCall(tx, request.callId);
    // Another centre's call is answered exactly like a call that does not exist: nothing leaks. A
    // mock call's trainer, the only one let in to it (server/training/request-scope.ts), has no centre.
    const ofCentre = currentTrainingScope() || (auth.centreAreaCode !== null && seat?.centre === auth.centreAreaCode);
    if (!seat || !ofCentre) throw new ApiError(404, 'not_found');
    const [busy] = await tx.query("select 1 from supervisions where call_id = $1 and state = 'live'", [request.callId]);
    if (busy) throw new ApiError(409, 'conflict');
    const [row] = await tx.query<{ id: string; expiresAt: Date }>(
      `insert into supervisions (call_id, centre_area_code, supervisor_id, counsellor_id, mode, token_hash, expires_at)
       values ($1, $2, $3, $4, $5, $6, now() + make_interval(secs => $7))
       returning id, expires_at as "expiresAt"`,
      [request.callId, seat.centre, auth.staffId, seat.counsellorId, request.mode, hashToken(token), GRANT_LIFETIME_SEC],
    );
    if (!row) throw new Error('supervision insert returned no row');
    await audit(tx, {
      staffId: auth.staffId,
      action: 'supervision.granted',
      subjectType: 'supervision',
      subjectId: row.id,
      detail: { counsellorId: seat.counsellorId, mode: request.mode },
    });
    return {
      id: row.id,
      token,
      callId: request.callId,
      mode: request.mode,
      extension: seat.extension,
      counsellorName: seat.counsellorName,
      expiresAt: row.expiresAt.toISOString(),
    };
  });
}
