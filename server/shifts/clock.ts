import type { SeatView, ShiftSummary } from '../../src/contract';
import { audit } from '../audit';
import type { SignedIn } from '../auth/sessions';
import type { CentreSettingsOverrides } from '../config';
import { ApiError } from '../http/errors';
import type { Store } from '../store/store';
import { shiftActivity } from './activity';
import { enterStatus, goOffline, lockSeat, statusOnly } from './seat';
import { shiftSummary } from './summary';
import { openSession, seatView } from './view';

/**
 * Opens a shift unless one is open, and makes an offline seat available. Clocking in again keeps
 * the open shift and a seat in use (on a call, in wrap-up, on break) as it is; a browser signing in
 * again after a crash clocks in to carry on the same shift.
 */
export async function clockIn(store: Store, auth: SignedIn, overrides: CentreSettingsOverrides): Promise<SeatView> {
  return store.transaction(async (tx) => {
    // The seat lock makes two clock-ins at once take turns, so only one opens a shift.
    const seat = await lockSeat(tx, auth.staffId);
    if (!(await openSession(tx, auth.staffId))) {
      const [opened] = await tx.query<{ id: string }>(
        'insert into shift_sessions (staff_id, centre_area_code) values ($1, $2) returning id',
        [auth.staffId, auth.centreAreaCode],
      );
      await audit(tx, { staffId: auth.staffId, action: 'shift.clock-in', subjectType: 'shift', subjectId: opened?.id });
    }
    if (seat.status === 'offline') await enterStatus(tx, auth.staffId, statusOnly('available'));
    return seatView(tx, auth, overrides);
  });
}

/**
 * Signing in again during an open shift (after signing out, a crash, or on another desk): the
 * seat the sign-out left offline is available again, so seat and shift never disagree. Routing
 * still waits for the new softphone to register before it rings the seat.
 */
export async function resumeSeatOnSignIn(store: Store, staffId: string): Promise<void> {
  await store.transaction(async (tx) => {
    // Staff with no open shift (trainers, admins, a counsellor off duty) keep the seat they have, or none.
    if (!(await openSession(tx, staffId))) return;
    const seat = await lockSeat(tx, staffId);
    if (seat.status === 'offline') await enterStatus(tx, staffId, statusOnly('available'));
  });
}

/**
 * How long after clocking out the same request is answered again instead of refused: a clock-out
 * whose answer the network lost is retried by a tired counsellor, who should see their summary,
 * not a conflict.
 */
const CLOCK_OUT_RETRY_SEC = 120;

interface ClosedShift {
  id: string;
  clockedInAt: Date;
  clockedOutAt: Date;
}

/**
 * Closes the open shift with its handover note and answers its figures. With no shift open, a
 * shift closed in the last two minutes is answered again unchanged; otherwise 409.
 */
export async function clockOut(store: Store, auth: SignedIn, handoverNote: string): Promise<ShiftSummary> {
  return store.transaction(async (tx) => {
    const summaryOf = async (shift: ClosedShift) =>
      shiftSummary(await shiftActivity(tx, auth.staffId, shift.clockedInAt, shift.clockedOutAt), shift.clockedInAt, shift.clockedOutAt);
    await lockSeat(tx, auth.staffId);
    const [closed] = await tx.query<ClosedShift>(
      `update shift_sessions set clocked_out_at = now(), handover_note = $2
        where staff_id = $1 and clocked_out_at is null
        returning id, clocked_in_at as "clockedInAt", clocked_out_at as "clockedOutAt"`,
      [auth.staffId, handoverNote],
    );
    if (!closed) {
      const [recent] = await tx.query<ClosedShift>(
        `select id, clocked_in_at as "clockedInAt", clocked_out_at as "clockedOutAt" from shift_sessions
          where staff_id = $1 and clocked_out_at > now() - make_interval(secs => $2)
          order by clocked_out_at desc limit 1`,
        [auth.staffId, CLOCK_OUT_RETRY_SEC],
      );
      if (!recent) throw new ApiError(409, 'conflict');
      return summaryOf(recent);
    }
    await goOffline(tx, auth.staffId);
    // The note may name callers, and the audit log is read by more people than the handover.
    await audit(tx, {
      staffId: auth.staffId,
      action: 'shift.clock-out',
      subjectType: 'shift',
      subjectId: closed.id,
      detail: { handoverNote: handoverNote.trim().length > 0 },
    });
    return summaryOf(closed);
  });
}
