import { describe, expect, it } from 'vitest';
import { noRouteReason, type SeatOnLine } from './no-route-reason';

const seat = (status: SeatOnLine['status'], tried = false): SeatOnLine => ({ status, tried });

describe('noRouteReason', () => {
  it.each([
    ['nobody signed in', [], 'nobody-on-duty'],
    ['signed in, not clocked in', [seat('offline')], 'nobody-on-duty'],
    ['everyone on a break', [seat('break'), seat('offline')], 'nobody-on-duty'],
    ['the one on duty is on a call', [seat('on-call')], 'all-busy'],
    ['one on a call, one writing up', [seat('on-call'), seat('wrap-up'), seat('break')], 'all-busy'],
    ['an available seat locked mid-change', [seat('available')], 'all-busy'],
    ['the available one was rung and did not answer', [seat('available', true)], 'no-answer'],
    ['one rang out, the other is on a call', [seat('available', true), seat('on-call')], 'no-answer'],
    ['a tried seat went on a call meanwhile', [seat('on-call', true)], 'all-busy'],
  ] as const)('%s → %s', (_, seats, reason) => {
    expect(noRouteReason(seats)).toBe(reason);
  });
});
