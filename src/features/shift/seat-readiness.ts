import { useSeat } from '../../api';
import type { SeatView } from '../../contract';
import type { CallsReachSeat } from '../../lib/calls-reach-seat';


/** Whether calls reach this seat now, from its shift and status (for the phone's status line). */
export function seatReadiness(view: SeatView | undefined): CallsReachSeat {
  if (!view) return 'unknown';
  if (!view.session) return 'not-clocked-in';
  switch (view.seat.status) {
    case 'available':
      return view.heldByRecord ? 'held-by-record' : 'ready';
    case 'break':
      return 'on-break';
    case 'wrap-up':
      return 'in-wrap-up';
    case 'on-call':
      return 'on-call';
    case 'offline':
      // The shift is still open: the seat only needs to resume, not a new clock-in.
      return 'seat-offline';
  }
}

export function useSeatReadiness(): CallsReachSeat {
  return seatReadiness(useSeat().data);
}
