import type { SeatStatus } from '../../src/contract';
import { hasLiveSoftphone } from '../sip/credentials';
import { endSupervisionsOfSeat } from '../supervision/lifecycle';
import type { Queryable } from '../store/store';
import type { SeatNow, SeatStep } from './seat-step';

/**
 * The seat's row, made on first use and locked until the transaction ends: changes of one seat
 * take turns, and call routing (which skips locked seats) never offers a call to a seat mid-change.
 */
export async function lockSeat(tx: Queryable, staffId: string): Promise<SeatNow> {
  await tx.query('insert into seats (staff_id) values ($1) on conflict (staff_id) do nothing', [staffId]);
  const [seat] = await tx.query<SeatNow>(
    `select status, current_call_id as "currentCallId", break_kind as "breakKind", wrap_up_extended as "wrapUpExtended"
       from seats where staff_id = $1 for update`,
    [staffId],
  );
  if (!seat) throw new Error('seat row missing after insert');
  return seat;
}

type Entry = Extract<SeatStep, { kind: 'enter' }>;

/**
 * Puts the seat in a new status and logs it, which is what breaks and time per status are read
 * from. A seat leaving its call takes any supervision of the call with it.
 */
export async function enterStatus(tx: Queryable, staffId: string, entry: Entry): Promise<void> {
  if (entry.status !== 'on-call') await endSupervisionsOfSeat(tx, staffId);
  await tx.query(
    `update seats
        set status = $2, since = now(), current_call_id = $3, break_kind = $4,
            wrap_up_ends_at = now() + make_interval(secs => $5::int), wrap_up_extended = false
      where staff_id = $1`,
    [staffId, entry.status, entry.callId, entry.breakKind, entry.wrapUpSec],
  );
  await tx.query('insert into seat_events (staff_id, status, call_id, detail) values ($1, $2, $3, $4)', [
    staffId,
    entry.status,
    entry.callId,
    JSON.stringify(entry.breakKind ? { breakKind: entry.breakKind } : {}),
  ]);
}

export async function extendWrapUp(tx: Queryable, staffId: string, bySec: number): Promise<void> {
  await tx.query(
    `update seats set wrap_up_ends_at = wrap_up_ends_at + make_interval(secs => $2::int), wrap_up_extended = true
      where staff_id = $1`,
    [staffId, bySec],
  );
}

export const statusOnly = (status: SeatStatus): Entry => ({ kind: 'enter', status, callId: null, breakKind: null, wrapUpSec: null });

/**
 * Signing out and clocking out both leave the seat offline. A seat already offline logs nothing,
 * and staff who never had a seat (trainers, admins) get none.
 */
export async function goOffline(tx: Queryable, staffId: string): Promise<void> {
  const [seat] = await tx.query<{ status: SeatStatus }>('select status from seats where staff_id = $1 for update', [staffId]);
  if (seat && seat.status !== 'offline') await enterStatus(tx, staffId, statusOnly('offline'));
}

/**
 * Signing out, after the session's credentials are revoked: an older tab or device whose seat a
 * newer one took must not take the seat away from under it, so the seat goes offline only when
 * no softphone of this person is left.
 */
export async function leaveSeatOnSignOut(tx: Queryable, staffId: string): Promise<void> {
  const [staff] = await tx.query<{ live: boolean }>(`select ${hasLiveSoftphone} as live from staff st where st.id = $1`, [staffId]);
  if (!staff?.live) await goOffline(tx, staffId);
}
