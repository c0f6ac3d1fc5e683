import { describe, expect, it } from 'vitest';
import type { SeatState, SeatView } from '../../contract';
import type { CallsReachSeat } from '../../lib/calls-reach-seat';
import { offlineSeat } from '../../mocks/shift-defaults';
import { seatReadiness } from './seat-readiness';

const session: SeatView['session'] = { id: 's', clockedInAt: '2026-11-30T00:00:00.000Z', clockedOutAt: null, calls: [], breaks: [] };

function view(status: SeatState['status'], { clockedIn = true, heldByRecord = false } = {}): SeatView {
  const base = offlineSeat();
  return { ...base, seat: { ...base.seat, status }, session: clockedIn ? session : null, heldByRecord };
}

describe('seatReadiness', () => {
  it.each<[string, SeatView | undefined, CallsReachSeat]>([
    ['not loaded yet', undefined, 'unknown'],
    ['not clocked in', view('available', { clockedIn: false }), 'not-clocked-in'],
    ['available', view('available'), 'ready'],
    ['available, with a high-risk record neither completed nor handed over', view('available', { heldByRecord: true }), 'held-by-record'],
    ['on break (the break says why first)', view('break', { heldByRecord: true }), 'on-break'],
    ['in wrap-up (its screen says why)', view('wrap-up', { heldByRecord: true }), 'in-wrap-up'],
    ['on a call', view('on-call'), 'on-call'],
    ['offline while clocked in (signed out mid-shift)', view('offline'), 'seat-offline'],
    ['offline and not clocked in', view('offline', { clockedIn: false }), 'not-clocked-in'],
  ])('%s', (_, seat, expected) => {
    expect(seatReadiness(seat)).toBe(expected);
  });
});
