import { timingSafeEqual } from 'node:crypto';
import type { Supervision } from '../../src/contract';
import { audit } from '../audit';
import type { SignedIn } from '../auth/sessions';
import type { Store } from '../store/store';
import { currentTrainingScope } from '../training/scope';
import { hashToken, seatOnCall } from './grant';
import { logSupervision, readSupervisionRow, toSupervision, type SupervisionRow } from './rows';

export type VouchOutcome = { vouched: true; supervision: Supervision } | { vouched: false; alertId: string | null };

function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Why a grant is not good for this seat and call now; null when it is. */
function refusal(row: SupervisionRow | undefined, token: string, auth: SignedIn, callId: string, now: number): string | null {
  if (!row) return 'unknown-grant';
  if (!sameHash(row.tokenHash, hashToken(token))) return 'bad-token';
  if (row.counsellorId !== auth.staffId || row.callId !== callId) return 'other-call';
  if (row.state !== 'granted') return 'used';
  if (row.expiresAt.getTime() <= now) return 'expired';
  return null;
}

/**
 * The counsellor's phone asks about a supervision call offered on its caller call. A grant is
 * good once, for its own counsellor and call, before it expires, while the call is live. Anything
 * else is refused and reported: logged on the call, audited, and raised to the centre's supervisors.
 */
export async function vouchSupervision(store: Store, auth: SignedIn, id: string, token: string, callId: string): Promise<VouchOutcome> {
  return store.transaction(async (tx) => {
    const row = await readSupervisionRow(tx, id, true);
    let why = refusal(row, token, auth, callId, Date.now());
    if (!why && !(await seatOnCall(tx, callId))) why = 'call-not-live';
    if (row && !why) {
      const [taken] = await tx.query("select 1 from supervisions where call_id = $1 and state = 'live'", [callId]);
      if (taken) why = 'already-supervised';
    }
    if (!row || why) {
      await logSupervision(tx, { callId, supervisionId: null, change: 'refused', mode: null, supervisorId: null });
      await audit(tx, { staffId: auth.staffId, action: 'supervision.refused', subjectType: 'supervision', subjectId: row?.id ?? null, detail: { why } });
      // A refused whisper on a mock call concerns its trainer, never the centre's supervisors.
      const alertId = currentTrainingScope() ? null : await raiseRefusal(tx, auth, callId, id);
      return { vouched: false, alertId };
    }
    await tx.query("update supervisions set state = 'live', started_at = now() where id = $1", [id]);
    await logSupervision(tx, { callId, supervisionId: id, change: 'started', mode: row.mode, supervisorId: row.supervisorId });
    await audit(tx, { staffId: auth.staffId, action: 'supervision.started', subjectType: 'supervision', subjectId: id, detail: { mode: row.mode } });
    const started = await readSupervisionRow(tx, id);
    if (!started) throw new Error('supervision vanished in its own transaction');
    return { vouched: true, supervision: toSupervision(started) };
  });
}

/** One alert per refused grant on a call: a replayed grant does not page the supervisors again. */
async function raiseRefusal(tx: Parameters<typeof audit>[0], auth: SignedIn, callId: string, grantId: string): Promise<string | null> {
  if (auth.centreAreaCode === null) return null;
  const [raised] = await tx.query<{ id: string }>(
    `insert into centre_alerts (centre_area_code, kind, staff_id, call_id, line, dedupe_key)
     select $1, 'supervision-refused', $2, $3, (select dialled from contacts where call_id = $3 limit 1), $4
     on conflict (dedupe_key) do nothing returning id`,
    [auth.centreAreaCode, auth.staffId, callId, `supervision-refused:${callId}:${grantId}`],
  );
  return raised?.id ?? null;
}
