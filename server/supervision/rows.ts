import type { Supervision, SupervisionEndReason, SupervisionLogEntry, SupervisionMode, SupervisionState } from '../../src/contract';
import type { Queryable } from '../store/store';

export interface SupervisionRow {
  id: string;
  callId: string;
  centre: string;
  state: SupervisionState;
  mode: SupervisionMode;
  supervisorId: string;
  supervisorName: string;
  counsellorId: string;
  tokenHash: string;
  expiresAt: Date;
  startedAt: Date | null;
  endedAt: Date | null;
  endReason: SupervisionEndReason | null;
}

const select = `
  select sv.id, sv.call_id as "callId", sv.centre_area_code as centre, sv.state, sv.mode,
         sv.supervisor_id as "supervisorId", sp.display_name as "supervisorName", sv.counsellor_id as "counsellorId",
         sv.token_hash as "tokenHash", sv.expires_at as "expiresAt", sv.started_at as "startedAt",
         sv.ended_at as "endedAt", sv.end_reason as "endReason"
    from supervisions sv join staff sp on sp.id = sv.supervisor_id`;

/** The row, locked for the rest of the transaction when `lock` (changes of one supervision take turns). */
export async function readSupervisionRow(db: Queryable, id: string, lock = false): Promise<SupervisionRow | undefined> {
  const [row] = await db.query<SupervisionRow>(`${select} where sv.id = $1${lock ? ' for update of sv' : ''}`, [id]);
  return row;
}

export function toSupervision(row: SupervisionRow): Supervision {
  return {
    id: row.id,
    callId: row.callId,
    state: row.state,
    mode: row.mode,
    supervisorId: row.supervisorId,
    supervisorName: row.supervisorName,
    counsellorId: row.counsellorId,
    startedAt: row.startedAt?.toISOString() ?? null,
    endedAt: row.endedAt?.toISOString() ?? null,
    endReason: row.endReason,
  };
}

export type LogChange = SupervisionLogEntry['change'];

export async function logSupervision(
  db: Queryable,
  entry: { callId: string; supervisionId: string | null; change: LogChange; mode: SupervisionMode | null; supervisorId: string | null; endReason?: SupervisionEndReason | null },
): Promise<void> {
  await db.query(
    `insert into supervision_log (call_id, supervision_id, change, mode, supervisor_id, end_reason)
     values ($1, $2, $3, $4, $5, $6)`,
    [entry.callId, entry.supervisionId, entry.change, entry.mode, entry.supervisorId, entry.endReason ?? null],
  );
}

/** The supervision history of a call, for its record: who listened in, how, and what was refused. */
export async function supervisionLog(db: Queryable, callId: string): Promise<SupervisionLogEntry[]> {
  const rows = await db.query<{ at: Date; change: LogChange; mode: SupervisionMode | null; supervisorName: string | null; endReason: SupervisionEndReason | null }>(
    `select l.at, l.change, l.mode, s.display_name as "supervisorName", l.end_reason as "endReason"
       from supervision_log l left join staff s on s.id = l.supervisor_id
      where l.call_id = $1 order by l.at, l.id`,
    [callId],
  );
  return rows.map((row) => ({ ...row, at: row.at.toISOString() }));
}
