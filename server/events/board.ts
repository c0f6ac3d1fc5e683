import {
  fatigue,
  withCallInProgress,
  type BoardSeat,
  type CentreAlert,
  type CentreSettings,
  type RiskLevel,
  type SeatState,
  type SupervisionMode,
} from '../../src/contract';
import type { CentreSettingsOverrides } from '../config';
import { shiftActivity } from '../shifts/activity';
import { loadCentreSettings } from '../shifts/settings';
import { alertSelect, readAlert, toAlert, withoutCentre, type AlertRow } from '../alerts/rows';
import type { Queryable } from '../store/store';
import { protocolMissesSince } from './protocol-misses';
import { beijingDayStart } from './queue-figures';

/** Whose seats or alerts to read: one counsellor's, a centre's, or every centre's (admins). */
export type Scope = { staffId: string } | { centre: string | null } | 'all';

function scopeFilter(scope: Scope, staffColumn: string, centreColumn: string): [string, unknown[]] {
  if (scope === 'all') return ['true', []];
  if ('staffId' in scope) return [`${staffColumn} = $1`, [scope.staffId]];
  return [`${centreColumn} = $1`, [scope.centre]];
}

interface SeatRow {
  staffId: string;
  name: string;
  extension: string;
  trainee: boolean;
  centre: string | null;
  status: SeatState['status'];
  since: Date;
  wrapUpEndsAt: Date | null;
  wrapUpExtended: boolean;
  breakKind: SeatState['breakKind'];
  callId: string | null;
  contactId: string | null;
  line: string | null;
  answeredAt: Date | null;
  riskLevel: RiskLevel | null;
  clockedInAt: Date | null;
  supervisorName: string | null;
  supervisionMode: SupervisionMode | null;
}

const fatigueNames = { 'long-talk': 'continuous-talk', 'crisis-streak': 'crisis-calls-in-row' } as const;

/**
 * The counsellors of a scope as the seat board shows them: seat, current call with its draft's
 * live risk level (the record may not have reached the API yet: then no contact and no risk), and
 * the shift's fatigue warnings by the same rule the counsellor's own screen applies, and how many
 * of today's completed records miss a step of the protocol.
 */
export async function boardSeats(db: Queryable, scope: Scope, overrides: CentreSettingsOverrides, now: number): Promise<BoardSeat[]> {
  const [filter, params] = scopeFilter(scope, 'st.id', 'st.centre_area_code');
  const rows = await db.query<SeatRow>(
    `select st.id as "staffId", st.display_name as name, st.sip_username as extension, st.trainee, st.centre_area_code as centre,
            coalesce(se.status, 'offline') as status, coalesce(se.since, st.created_at) as since,
            se.wrap_up_ends_at as "wrapUpEndsAt", coalesce(se.wrap_up_extended, false) as "wrapUpExtended",
            se.break_kind as "breakKind", se.current_call_id as "callId",
            c.id as "contactId", c.dialled as line, c.answered_at as "answeredAt", c.risk_level as "riskLevel",
            ss.clocked_in_at as "clockedInAt",
            sp.display_name as "supervisorName", sv.mode as "supervisionMode"
       from staff st
       left join seats se on se.staff_id = st.id
       left join contacts c on c.call_id = se.current_call_id and c.counsellor_id = st.id
       left join shift_sessions ss on ss.staff_id = st.id and ss.clocked_out_at is null
       left join supervisions sv on sv.call_id = se.current_call_id and sv.state = 'live'
       left join staff sp on sp.id = sv.supervisor_id
      where st.role = 'counsellor' and ${filter}
      order by st.display_name, st.id`,
    params,
  );
  const settingsOf = new Map<string | null, CentreSettings>();
  const misses = await protocolMissesSince(
    db,
    rows.map((row) => row.staffId),
    new Date(beijingDayStart(now)),
  );
  const seats: BoardSeat[] = [];
  for (const row of rows) {
    const settings = settingsOf.get(row.centre) ?? (await loadCentreSettings(db, row.centre, overrides));
    settingsOf.set(row.centre, settings);
    seats.push({ ...(await toBoardSeat(db, row, settings, now)), protocolMissesToday: misses.get(row.staffId) ?? 0 });
  }
  return seats;
}

async function toBoardSeat(
  db: Queryable,
  row: SeatRow,
  thresholds: Parameters<typeof fatigue>[1],
  now: number,
): Promise<Omit<BoardSeat, 'protocolMissesToday'>> {
  const seat: SeatState = {
    status: row.status,
    since: row.since.toISOString(),
    wrapUpEndsAt: row.wrapUpEndsAt?.toISOString() ?? null,
    wrapUpExtended: row.wrapUpExtended,
    breakKind: row.breakKind,
  };
  let warnings: BoardSeat['fatigue'] = [];
  if (row.clockedInAt) {
    const activity = await shiftActivity(db, row.staffId, row.clockedInAt, null);
    const session = {
      calls: activity.calls.map((call) => ({ answeredAt: call.answeredAt.toISOString(), endedAt: call.endedAt?.toISOString() ?? null, riskLevel: call.riskLevel })),
      breaks: activity.breaks.map((pause) => ({ startedAt: pause.startedAt.toISOString(), endedAt: pause.endedAt?.toISOString() ?? null })),
    };
    warnings = fatigue(withCallInProgress(session, seat), thresholds, now).warnings.map((warning) => fatigueNames[warning]);
  }
  return {
    staffId: row.staffId,
    name: row.name,
    extension: row.extension,
    trainee: row.trainee,
    seat,
    clockedIn: row.clockedInAt !== null,
    call: row.callId
      ? {
          callId: row.callId,
          contactId: row.contactId,
          line: row.line,
          answeredAt: (row.answeredAt ?? row.since).toISOString(),
          riskLevel: row.riskLevel ?? 'none',
          supervisedBy: row.supervisorName && row.supervisionMode ? { name: row.supervisorName, mode: row.supervisionMode } : null,
        }
      : null,
    fatigue: warnings,
  };
}

/** The alerts still open, and those acknowledged since `since` (the start of the Beijing day), newest first. */
export async function scopeAlerts(db: Queryable, scope: Scope, since: Date): Promise<CentreAlert[]> {
  const [filter, params] = scopeFilter(scope, 'a.staff_id', 'a.centre_area_code');
  const rows = await db.query<AlertRow>(
    `${alertSelect}
      where (a.acknowledged_at is null or a.acknowledged_at >= $${params.length + 1}) and ${filter}
      order by a.raised_at desc, a.id`,
    [...params, since],
  );
  return rows.map((row) => withoutCentre(toAlert(row)));
}

/** One alert with the centre it belongs to; undefined when it no longer exists. */
export async function oneAlert(db: Queryable, id: string): Promise<{ alert: CentreAlert; centre: string } | undefined> {
  const stored = await readAlert(db, id);
  return stored ? { alert: withoutCentre(stored), centre: stored.centreAreaCode } : undefined;
}
