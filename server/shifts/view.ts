import type { SeatState, SeatView, ShiftSession } from '../../src/contract';
import type { SignedIn } from '../auth/sessions';
import type { CentreSettingsOverrides } from '../config';
import type { Queryable } from '../store/store';
import { shiftActivity } from './activity';
import { holdsNextCallSql } from '../contacts/handover';
import { loadCentreSettings } from './settings';

export interface OpenSession {
  id: string;
  clockedInAt: Date;
}

export async function openSession(db: Queryable, staffId: string): Promise<OpenSession | undefined> {
  const [row] = await db.query<OpenSession>(
    'select id, clocked_in_at as "clockedInAt" from shift_sessions where staff_id = $1 and clocked_out_at is null',
    [staffId],
  );
  return row;
}

interface SeatRow extends Omit<SeatState, 'since' | 'wrapUpEndsAt'> {
  since: Date;
  wrapUpEndsAt: Date | null;
}

const iso = (at: Date | null) => (at ? at.toISOString() : null);

/**
 * The counsellor's seat, open shift and centre settings. Staff who never had a seat are offline
 * since their account was made. An expired wrap-up is shown as it is: the browser ends it.
 */
export async function seatView(db: Queryable, auth: SignedIn, overrides: CentreSettingsOverrides): Promise<SeatView> {
  const [seat] = await db.query<SeatRow>(
    `select coalesce(se.status, 'offline') as status, coalesce(se.since, st.created_at) as since,
            se.wrap_up_ends_at as "wrapUpEndsAt", coalesce(se.wrap_up_extended, false) as "wrapUpExtended",
            se.break_kind as "breakKind"
       from staff st left join seats se on se.staff_id = st.id
      where st.id = $1`,
    [auth.staffId],
  );
  if (!seat) throw new Error('signed-in staff member not found');
  const open = await openSession(db, auth.staffId);
  let session: ShiftSession | null = null;
  if (open) {
    const activity = await shiftActivity(db, auth.staffId, open.clockedInAt, null);
    session = {
      id: open.id,
      clockedInAt: open.clockedInAt.toISOString(),
      clockedOutAt: null,
      calls: activity.calls.map((call) => ({ answeredAt: call.answeredAt.toISOString(), endedAt: iso(call.endedAt), riskLevel: call.riskLevel })),
      breaks: activity.breaks.map((pause) => ({ startedAt: pause.startedAt.toISOString(), endedAt: iso(pause.endedAt) })),
    };
  }
  const [hold] = await db.query<{ held: boolean }>(`select ${holdsNextCallSql('$1::uuid')} as held`, [auth.staffId]);
  return {
    seat: { ...seat, since: seat.since.toISOString(), wrapUpEndsAt: iso(seat.wrapUpEndsAt) },
    session,
    settings: await loadCentreSettings(db, auth.centreAreaCode, overrides),
    heldByRecord: hold?.held ?? false,
  };
}
