import { describe, expect, it } from 'vitest';
import type { BoardSeat, SeatState } from '../../contract';
import { seatStatusText, type SeatStatusText } from './seat-status';

const now = Date.parse('2026-11-30T02:00:00.000Z');
const ago = (sec: number) => new Date(now - sec * 1000).toISOString();
const ahead = (sec: number) => new Date(now + sec * 1000).toISOString();

function seat(state: Partial<SeatState>, clockedIn = true): BoardSeat {
  return {
    staffId: 's1',
    name: '张咨询员',
    extension: '8001',
    trainee: false,
    seat: { status: 'available', since: ago(90), wrapUpEndsAt: null, wrapUpExtended: false, breakKind: null, ...state },
    clockedIn,
    call: null,
    fatigue: [],
    protocolMissesToday: 0,
  };
}

const cases: { name: string; seat: BoardSeat; debriefSec: number | null; text: SeatStatusText }[] = [
  { name: 'available: time since it began', seat: seat({}), debriefSec: 300, text: { kind: 'in-status', ms: 90_000 } },
  { name: 'not clocked in: no time', seat: seat({ status: 'offline' }, false), debriefSec: 300, text: { kind: 'not-clocked-in' } },
  { name: 'wrap-up: time left', seat: seat({ status: 'wrap-up', wrapUpEndsAt: ahead(45) }), debriefSec: 300, text: { kind: 'wrap-up-left', ms: 45_000 } },
  { name: 'wrap-up past its end: time over', seat: seat({ status: 'wrap-up', wrapUpEndsAt: ago(20) }), debriefSec: 300, text: { kind: 'wrap-up-over', ms: 20_000 } },
  { name: 'debrief break: time left of the centre’s debrief time', seat: seat({ status: 'break', breakKind: 'debrief', since: ago(60) }), debriefSec: 300, text: { kind: 'debrief-left', ms: 240_000 } },
  { name: 'debrief break over: zero left, never negative', seat: seat({ status: 'break', breakKind: 'debrief', since: ago(400) }), debriefSec: 300, text: { kind: 'debrief-left', ms: 0 } },
  { name: 'debrief break before the settings arrive: time on break', seat: seat({ status: 'break', breakKind: 'debrief', since: ago(60) }), debriefSec: null, text: { kind: 'in-status', ms: 60_000 } },
  { name: 'ordinary break: time on break', seat: seat({ status: 'break', breakKind: 'break', since: ago(600) }), debriefSec: 300, text: { kind: 'in-status', ms: 600_000 } },
];

describe('seatStatusText', () => {
  it.each(cases)('$name', ({ seat: entry, debriefSec, text }) => {
    expect(seatStatusText(entry, now, debriefSec)).toEqual(text);
  });
});
