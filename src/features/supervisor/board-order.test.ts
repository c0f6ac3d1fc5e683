import { describe, expect, it } from 'vitest';
import type { BoardSeat, RiskLevel, SeatStatus } from '../../contract';
import { boardOrder, liveCall } from './board-order';

function seat(extension: string, status: SeatStatus, call?: { risk: RiskLevel; answeredAt: string }): BoardSeat {
  return {
    staffId: `staff-${extension}`,
    name: `咨询员${extension}`,
    extension,
    trainee: false,
    seat: { status, since: '2026-11-30T01:00:00.000Z', wrapUpEndsAt: null, wrapUpExtended: false, breakKind: null },
    clockedIn: status !== 'offline',
    call: call
      ? { callId: `call-${extension}`, contactId: null, line: '12356', answeredAt: call.answeredAt, riskLevel: call.risk, supervisedBy: null }
      : null,
    fatigue: [],
    protocolMissesToday: 0,
  };
}

const early = '2026-11-30T01:00:00.000Z';
const late = '2026-11-30T01:20:00.000Z';

const cases: { name: string; seats: BoardSeat[]; order: string[] }[] = [
  {
    name: 'an imminent call above a high one above a call with no risk, whatever their length',
    seats: [seat('8001', 'on-call', { risk: 'none', answeredAt: early }), seat('8002', 'on-call', { risk: 'high', answeredAt: late }), seat('8003', 'on-call', { risk: 'imminent', answeredAt: late })],
    order: ['8003', '8002', '8001'],
  },
  {
    name: 'every level in its clinical order',
    seats: (['low', 'imminent', 'none', 'moderate', 'high'] as const).map((risk, index) => seat(`800${index}`, 'on-call', { risk, answeredAt: early })),
    order: ['8001', '8004', '8003', '8000', '8002'],
  },
  {
    name: 'at the same risk, the longer call first',
    seats: [seat('8001', 'on-call', { risk: 'moderate', answeredAt: late }), seat('8002', 'on-call', { risk: 'moderate', answeredAt: early })],
    order: ['8002', '8001'],
  },
  {
    name: 'seats not on a call after every live call, even a call with no risk',
    seats: [seat('8001', 'available'), seat('8002', 'on-call', { risk: 'none', answeredAt: late }), seat('8003', 'wrap-up')],
    order: ['8002', '8001', '8003'],
  },
  {
    name: 'seats not on a call: available, wrap-up, break, then not clocked in',
    seats: [seat('8001', 'offline'), seat('8002', 'break'), seat('8003', 'wrap-up'), seat('8004', 'available')],
    order: ['8004', '8003', '8002', '8001'],
  },
  {
    name: 'a full tie keeps the extension order',
    seats: [seat('8003', 'available'), seat('8001', 'available'), seat('8002', 'available')],
    order: ['8001', '8002', '8003'],
  },
  {
    name: 'a seat in wrap-up that still carries its ended call is not on a call, however risky that call was',
    seats: [seat('8001', 'available'), seat('8002', 'on-call', { risk: 'none', answeredAt: late }), seat('8003', 'wrap-up', { risk: 'imminent', answeredAt: early })],
    order: ['8002', '8001', '8003'],
  },
  { name: 'an empty centre', seats: [], order: [] },
];

describe('liveCall', () => {
  it.each([
    { name: 'on a call: its call', entry: seat('8001', 'on-call', { risk: 'high', answeredAt: early }), live: true },
    { name: 'in wrap-up with the ended call still attached: none', entry: seat('8001', 'wrap-up', { risk: 'high', answeredAt: early }), live: false },
    { name: 'available: none', entry: seat('8001', 'available'), live: false },
  ])('$name', ({ entry, live }) => {
    expect(liveCall(entry)).toBe(live ? entry.call : null);
  });
});

describe('boardOrder', () => {
  it.each(cases)('$name', ({ seats, order }) => {
    expect(boardOrder(seats).map((entry) => entry.extension)).toEqual(order);
  });

  it('leaves the list it was given as it was', () => {
    const seats = [seat('8002', 'available'), seat('8001', 'available')];
    boardOrder(seats);
    expect(seats.map((entry) => entry.extension)).toEqual(['8002', '8001']);
  });
});
