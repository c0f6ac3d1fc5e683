import type { Supervision, SupervisionEndReason, SupervisionMode } from '../../src/contract';
import { audit } from '../audit';
import type { SignedIn } from '../auth/sessions';
import { ApiError } from '../http/errors';
import type { Queryable, Store } from '../store/store';
import { logSupervision, readSupervisionRow, toSupervision, type SupervisionRow } from './rows';

/** Only its supervisor and its counsellor know a supervision exists; to anyone else it does not. */
export function visibleTo(row: SupervisionRow | undefined, auth: SignedIn): SupervisionRow {
  if (!row || (row.supervisorId !== auth.staffId && row.counsellorId !== auth.staffId)) throw new ApiError(404, 'not_found');
  return row;
}

export async function changeMode(store: Store, auth: SignedIn, id: string, mode: SupervisionMode): Promise<{ supervision: Supervision; changed: boolean }> {
  return store.transaction(async (tx) => {
    const row = visibleTo(await readSupervisionRow(tx, id, true), auth);
    if (row.supervisorId !== auth.staffId) throw new ApiError(403, 'forbidden');
    if (row.state !== 'live') throw new ApiError(409, 'conflict');
    if (row.mode === mode) return { supervision: toSupervision(row), changed: false };
    await tx.query('update supervisions set mode = $2 where id = $1', [id, mode]);
    await logSupervision(tx, { callId: row.callId, supervisionId: id, change: 'mode-changed', mode, supervisorId: row.supervisorId });
    await audit(tx, { staffId: auth.staffId, action: 'supervision.mode_changed', subjectType: 'supervision', subjectId: id, detail: { from: row.mode, to: mode } });
    return { supervision: toSupervision({ ...row, mode }), changed: true };
  });
}

/** Which side may say what: the supervisor leaves; the counsellor's phone ends it with the call. */
const reasonsOf = { supervisor: ['supervisor-left'], counsellor: ['counsellor-ended', 'call-ended', 'transferred'] } as const;

export async function endSupervision(
  store: Store,
  auth: SignedIn,
  id: string,
  reason: Exclude<SupervisionEndReason, 'expired'>,
): Promise<{ supervision: Supervision; changed: boolean }> {
  return store.transaction(async (tx) => {
    const row = visibleTo(await readSupervisionRow(tx, id, true), auth);
    const side = row.supervisorId === auth.staffId ? reasonsOf.supervisor : reasonsOf.counsellor;
    if (!(side as readonly string[]).includes(reason)) throw new ApiError(403, 'forbidden');
    // Ending twice (both sides hang up at once) is harmless: the first end is kept.
    if (row.state === 'ended') return { supervision: toSupervision(row), changed: false };
    const ended = await closeSupervision(tx, row, reason, auth.staffId);
    return { supervision: toSupervision(ended), changed: true };
  });
}

async function closeSupervision(tx: Queryable, row: SupervisionRow, reason: SupervisionEndReason, by: string | null): Promise<SupervisionRow> {
  const [ended] = await tx.query<{ endedAt: Date }>(
    "update supervisions set state = 'ended', ended_at = now(), end_reason = $2 where id = $1 returning ended_at as \"endedAt\"",
    [row.id, reason],
  );
  // A grant that was never vouched for was never on the call: nothing to log on the record.
  if (row.state === 'live') {
    await logSupervision(tx, { callId: row.callId, supervisionId: row.id, change: 'ended', mode: row.mode, supervisorId: row.supervisorId, endReason: reason });
  }
  await audit(tx, { staffId: by, action: 'supervision.ended', subjectType: 'supervision', subjectId: row.id, detail: { reason } });
  return { ...row, state: 'ended', endedAt: ended?.endedAt ?? new Date(), endReason: reason };
}

/**
 * Supervision ends with the call: when the counsellor's seat leaves the call (wrap-up, a
 * transfer, going offline), whatever still supervises or waits to supervise it ends too. Answers
 * the ended supervisions' calls, to announce once the transaction commits.
 */
export async function endSupervisionsOfSeat(tx: Queryable, counsellorId: string): Promise<string[]> {
  const rows = await tx.query<{ id: string }>(
    "select id from supervisions where counsellor_id = $1 and state in ('granted', 'live') for update",
    [counsellorId],
  );
  const calls: string[] = [];
  for (const { id } of rows) {
    const row = await readSupervisionRow(tx, id);
    if (!row) continue;
    await closeSupervision(tx, row, row.state === 'live' ? 'call-ended' : 'expired', null);
    calls.push(row.callId);
  }
  return calls;
}
