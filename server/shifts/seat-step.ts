import type { CentreSettings, SeatChange, SeatState, SeatStatus } from '../../src/contract';

/** What a change needs to know of the seat as it stands. */
export interface SeatNow {
  status: SeatStatus;
  currentCallId: string | null;
  breakKind: SeatState['breakKind'];
  wrapUpExtended: boolean;
}

/**
 * What a change does to a seat: nothing (a repeat the browser sent again, e.g. after a reload),
 * a new status, or the one extension of wrap-up. Null: not from this status (409).
 */
export type SeatStep =
  | { kind: 'repeat' }
  | { kind: 'enter'; status: SeatStatus; callId: string | null; breakKind: SeatState['breakKind']; wrapUpSec: number | null }
  | { kind: 'extend'; bySec: number; reason: string };

const enter = (
  status: SeatStatus,
  extra: Partial<{ callId: string; breakKind: SeatState['breakKind']; wrapUpSec: number }> = {},
): SeatStep => ({ kind: 'enter', status, callId: extra.callId ?? null, breakKind: extra.breakKind ?? null, wrapUpSec: extra.wrapUpSec ?? null });

/**
 * The seat's state machine. The call sets on-call and wrap-up; the counsellor sets break and
 * available. Offline is left only by becoming available, and only while clocked in, so a seat
 * nobody has clocked in to is never rung.
 */
export function seatStep(seat: SeatNow, change: SeatChange, context: { clockedIn: boolean; settings: CentreSettings }): SeatStep | null {
  const { status } = seat;
  switch (change.change) {
    case 'available':
      if (!context.clockedIn) return null;
      return status === 'available' ? { kind: 'repeat' } : enter('available');
    case 'on-call':
      if (status === 'on-call') return seat.currentCallId === change.callId ? { kind: 'repeat' } : null;
      return status === 'offline' ? null : enter('on-call', { callId: change.callId });
    case 'wrap-up':
      if (status === 'wrap-up') return seat.currentCallId === change.callId ? { kind: 'repeat' } : null;
      return status === 'on-call' ? enter('wrap-up', { callId: change.callId, wrapUpSec: context.settings.wrapUpLimitSec }) : null;
    case 'break':
      if (status === 'break') return seat.breakKind === change.kind ? { kind: 'repeat' } : null;
      return status === 'available' || status === 'wrap-up' ? enter('break', { breakKind: change.kind }) : null;
    case 'extend-wrap-up':
      return status === 'wrap-up' && !seat.wrapUpExtended ? { kind: 'extend', bySec: context.settings.wrapUpExtensionSec, reason: change.reason } : null;
  }
}
