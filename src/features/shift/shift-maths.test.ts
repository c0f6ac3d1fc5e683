import { afterEach, describe, expect, it, vi } from 'vitest';
import { withCallInProgress, type SeatState, type ShiftCall, type ShiftDefinition, type ShiftSession } from '../../contract';
import { debriefRemainingMs, shiftAt, shiftCounters, wrapUpCountdown } from './shift-maths';

const eightHours: ShiftDefinition[] = [
  { id: 'day', nameZh: '白班', nameEn: 'Day', start: '08:00', end: '16:00' },
  { id: 'evening', nameZh: '小夜班', nameEn: 'Evening', start: '16:00', end: '00:00' },
  { id: 'night', nameZh: '大夜班', nameEn: 'Night', start: '00:00', end: '08:00' },
];
const twelveHours: ShiftDefinition[] = [
  { id: 'day', nameZh: '白班', nameEn: 'Day', start: '08:30', end: '20:30' },
  { id: 'night', nameZh: '夜班', nameEn: 'Night', start: '20:30', end: '08:30' },
];

/** A Beijing wall-clock time as an instant. */
const beijing = (iso: string) => Date.parse(`${iso}+08:00`);

describe('shiftAt', () => {
  it.each<[string, ShiftDefinition[], string, string, string]>([
    ['mid-morning', eightHours, '2026-11-22T10:15:00', 'day', '2026-11-22T08:00:00|2026-11-22T16:00:00'],
    ['the first minute of a shift', eightHours, '2026-11-22T16:00:00', 'evening', '2026-11-22T16:00:00|2026-11-23T00:00:00'],
    ['the last minute before midnight', eightHours, '2026-11-22T23:59:59', 'evening', '2026-11-22T16:00:00|2026-11-23T00:00:00'],
    ['midnight itself', eightHours, '2026-11-23T00:00:00', 'night', '2026-11-23T00:00:00|2026-11-23T08:00:00'],
    ['a 12-hour night, before midnight', twelveHours, '2026-11-22T22:00:00', 'night', '2026-11-22T20:30:00|2026-11-23T08:30:00'],
    ['a 12-hour night, after midnight', twelveHours, '2026-11-23T03:00:00', 'night', '2026-11-22T20:30:00|2026-11-23T08:30:00'],
    ['a night across the month end', twelveHours, '2026-12-01T02:00:00', 'night', '2026-11-30T20:30:00|2026-12-01T08:30:00'],
    ['a night across the year end', twelveHours, '2027-01-01T00:30:00', 'night', '2026-12-31T20:30:00|2027-01-01T08:30:00'],
    ['New Year’s Eve evening', twelveHours, '2026-12-31T23:00:00', 'night', '2026-12-31T20:30:00|2027-01-01T08:30:00'],
    ['a leap day', eightHours, '2028-02-29T12:00:00', 'day', '2028-02-29T08:00:00|2028-02-29T16:00:00'],
    ['the morning after a leap day', twelveHours, '2028-03-01T06:00:00', 'night', '2028-02-29T20:30:00|2028-03-01T08:30:00'],
  ])('%s', (_story, shifts, at, id, window) => {
    const found = shiftAt(beijing(at), shifts);
    const [start, end] = window.split('|') as [string, string];
    expect(found?.shift.id).toBe(id);
    expect(found?.start).toBe(beijing(start));
    expect(found?.end).toBe(beijing(end));
  });

  it('finds no shift in a gap of the schedule', () => {
    const gappy = [{ id: 'day', nameZh: '白班', nameEn: 'Day', start: '08:00', end: '18:00' }];
    expect(shiftAt(beijing('2026-11-22T19:00:00'), gappy)).toBeNull();
  });

  describe('in a browser set to another time zone', () => {
    afterEach(() => {
      vi.unstubAllEnvs();
    });
    it.each(['America/New_York', 'Europe/London', 'Pacific/Kiritimati', 'UTC'])('%s gives the same Beijing shift', (zone) => {
      vi.stubEnv('TZ', zone);
      // The local clock really is elsewhere: 03:00 in Beijing is not 03:00 here.
      expect(new Date(beijing('2026-11-23T03:00:00')).getHours()).not.toBe(3);
      const found = shiftAt(beijing('2026-11-23T03:00:00'), twelveHours);
      expect(found?.shift.id).toBe('night');
      expect(found?.start).toBe(beijing('2026-11-22T20:30:00'));
    });
  });
});

const seat = (patch: Partial<SeatState>): SeatState => ({
  status: 'available',
  since: '2026-11-22T02:00:00.000Z',
  wrapUpEndsAt: null,
  wrapUpExtended: false,
  breakKind: null,
  ...patch,
});

describe('wrapUpCountdown', () => {
  const ends = '2026-11-22T02:05:00.000Z';
  it.each<[string, Partial<SeatState>, number, ReturnType<typeof wrapUpCountdown>]>([
    ['not in wrap-up', { status: 'available' }, Date.parse(ends), null],
    ['two minutes left', { status: 'wrap-up', wrapUpEndsAt: ends }, Date.parse(ends) - 120_000, { remainingMs: 120_000, expired: false, canExtend: true }],
    ['time is up', { status: 'wrap-up', wrapUpEndsAt: ends }, Date.parse(ends), { remainingMs: 0, expired: true, canExtend: true }],
    ['past the end', { status: 'wrap-up', wrapUpEndsAt: ends }, Date.parse(ends) + 5000, { remainingMs: 0, expired: true, canExtend: true }],
    ['already extended once', { status: 'wrap-up', wrapUpEndsAt: ends, wrapUpExtended: true }, Date.parse(ends) - 1000, { remainingMs: 1000, expired: false, canExtend: false }],
  ])('%s', (_story, patch, now, expected) => {
    expect(wrapUpCountdown(seat(patch), now)).toEqual(expected);
  });
});

describe('debriefRemainingMs', () => {
  it.each<[Partial<SeatState>, number, number | null]>([
    [{ status: 'break', breakKind: 'debrief' }, Date.parse('2026-11-22T02:01:00.000Z'), 240_000],
    [{ status: 'break', breakKind: 'debrief' }, Date.parse('2026-11-22T02:09:00.000Z'), 0],
    [{ status: 'break', breakKind: 'break' }, Date.parse('2026-11-22T02:01:00.000Z'), null],
    [{ status: 'available' }, Date.parse('2026-11-22T02:01:00.000Z'), null],
  ])('%j at %i → %s', (patch, now, expected) => {
    expect(debriefRemainingMs(seat(patch), 300, now)).toBe(expected);
  });
});

const call = (answered: string, minutes: number | null, risk: ShiftCall['riskLevel'] = 'low'): ShiftCall => ({
  answeredAt: `2026-11-22T${answered}:00.000Z`,
  endedAt: minutes === null ? null : new Date(Date.parse(`2026-11-22T${answered}:00.000Z`) + minutes * 60_000).toISOString(),
  riskLevel: risk,
});
const session = (calls: ShiftCall[], breaks: ShiftSession['breaks'] = []): ShiftSession => ({
  id: '7d3c2e1a-1111-4a4a-8b8b-123456789abc',
  clockedInAt: '2026-11-22T00:00:00.000Z',
  clockedOutAt: null,
  calls,
  breaks,
});
const at = (clock: string) => Date.parse(`2026-11-22T${clock}:00.000Z`);

describe('shiftCounters', () => {
  it('counts calls, talk time (the ongoing call up to now) and crisis calls', () => {
    expect(shiftCounters(session([call('01:00', 30, 'high'), call('02:00', 45), call('03:00', null, 'imminent')]), at('03:10'))).toEqual({
      callsTaken: 3,
      talkMs: (30 + 45 + 10) * 60_000,
      crisisCalls: 2,
    });
  });
});

describe('withCallInProgress', () => {
  const onCallSince = (clock: string): SeatState => ({ ...seat({ status: 'on-call' }), since: `2026-11-22T${clock}:00.000Z` });
  it.each<[string, ShiftSession, SeatState, number, number]>([
    // story, session from the API, seat, → calls taken, → talk minutes at 03:10
    ['the first call, its record not yet in the API', session([]), onCallSince('03:00'), 1, 10],
    ['a later call, its record not yet in the API', session([call('01:00', 30)]), onCallSince('03:00'), 2, 40],
    ['the call’s record already in the API', session([call('01:00', 30), call('03:00', null)]), onCallSince('03:00'), 2, 40],
    ['in wrap-up: the ended call is the API’s', session([call('01:00', 30)]), seat({ status: 'wrap-up' }), 1, 30],
    ['available', session([call('01:00', 30)]), seat({ status: 'available' }), 1, 30],
  ])('%s', (_story, shift, seatNow, calls, talkMinutes) => {
    expect(shiftCounters(withCallInProgress(shift, seatNow), at('03:10'))).toMatchObject({ callsTaken: calls, talkMs: talkMinutes * 60_000 });
  });
});
