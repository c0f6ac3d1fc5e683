import { describe, expect, it } from 'vitest';
import type { CentreAlert } from '../../contract';
import { alertsInOrder, newOpenAlerts } from './alert-order';

function alert(id: string, raisedAt: string, acknowledged = false): CentreAlert {
  return {
    id,
    kind: 'help',
    raisedAt,
    staffId: 'staff-1',
    staffName: '李明',
    reason: null,
    line: null,
    acknowledgedAt: acknowledged ? '2026-11-30T02:00:00.000Z' : null,
    acknowledgedBy: acknowledged ? '王督导' : null,
  };
}

const a = alert('00000000-0000-4000-8000-00000000000a', '2026-11-30T01:00:00.000Z');
const b = alert('00000000-0000-4000-8000-00000000000b', '2026-11-30T01:05:00.000Z');
const c = alert('00000000-0000-4000-8000-00000000000c', '2026-11-30T01:10:00.000Z', true);
const d = alert('00000000-0000-4000-8000-00000000000d', '2026-11-30T00:50:00.000Z', true);

describe('alertsInOrder', () => {
  it.each([
    { name: 'open ones newest first', alerts: [a, b], open: [b, a], acknowledged: [] },
    { name: 'acknowledged ones apart, newest first', alerts: [d, a, c], open: [a], acknowledged: [c, d] },
    { name: 'none', alerts: [], open: [], acknowledged: [] },
  ])('$name', ({ alerts, open, acknowledged }) => {
    expect(alertsInOrder(alerts)).toEqual({ open, acknowledged });
  });
});

describe('newOpenAlerts', () => {
  it.each([
    { name: 'an open alert not seen before', current: [a, b], seen: [a.id], fresh: [b] },
    { name: 'nothing when every open one was seen', current: [a, b], seen: [a.id, b.id], fresh: [] },
    { name: 'never an acknowledged one', current: [c], seen: [], fresh: [] },
  ])('$name', ({ current, seen, fresh }) => {
    expect(newOpenAlerts(current, new Set(seen))).toEqual(fresh);
  });
});
