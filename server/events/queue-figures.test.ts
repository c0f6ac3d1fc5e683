import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../testing/harness';
import { beijingDayStart, lineQueues } from './queue-figures';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const at = (iso: string) => new Date(`${iso}Z`);
/** 10:30 in Beijing on 22 November: the Beijing day began at 16:00 UTC on the 21st. */
const now = Date.parse('2026-11-22T02:30:00Z');

interface Row {
  area: string | null;
  arrived: string;
  state: 'waiting' | 'answered' | 'abandoned' | 'busy' | 'ended';
  queued?: string;
  answered?: string;
  finished?: string;
  overflowed?: string;
}

let serial = 0;
async function insert(row: Row): Promise<void> {
  serial += 1;
  await h.store.query(
    `insert into hotline_calls (call_id, dialled, area_code, arrived_at, queued_at, state, answered_at, finished_at, overflowed_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      `call-${serial}`,
      row.area ? `${row.area}12356` : '12356',
      row.area,
      at(row.arrived),
      row.queued ? at(row.queued) : null,
      row.state,
      row.answered ? at(row.answered) : null,
      row.finished ? at(row.finished) : null,
      row.overflowed ? at(row.overflowed) : null,
    ],
  );
}

describe('beijingDayStart', () => {
  it.each([
    ['10:30 in Beijing', '2026-11-22T02:30:00Z', '2026-11-21T16:00:00.000Z'],
    ['the last second before Beijing midnight', '2026-11-22T15:59:59Z', '2026-11-21T16:00:00.000Z'],
    ['Beijing midnight itself', '2026-11-22T16:00:00Z', '2026-11-22T16:00:00.000Z'],
    ['07:59 UTC on New Year’s Day is already the 1st in Beijing', '2027-01-01T07:59:00Z', '2026-12-31T16:00:00.000Z'],
  ])('%s', (_story, instant, expected) => {
    expect(new Date(beijingDayStart(Date.parse(instant))).toISOString()).toBe(expected);
  });
});

describe('lineQueues', () => {
  beforeAll(async () => {
    const rows: Row[] = [
      // Yesterday in Beijing (23:59:59): out of today's figures.
      { area: '0591', arrived: '2026-11-21T15:59:59', state: 'ended', answered: '2026-11-21T16:00:05', finished: '2026-11-21T16:10:00' },
      // Beijing midnight: today's first call, answered in 10 s, talked 290 s.
      { area: '0591', arrived: '2026-11-21T16:00:00', state: 'ended', answered: '2026-11-21T16:00:10', finished: '2026-11-21T16:05:00' },
      { area: '0591', arrived: '2026-11-22T01:00:00', queued: '2026-11-22T01:00:02', state: 'abandoned', finished: '2026-11-22T01:00:40' },
      { area: '0591', arrived: '2026-11-22T01:10:00', queued: '2026-11-22T01:10:01', state: 'busy', finished: '2026-11-22T01:15:00' },
      // Waited 30 s (past the 20 s service level), overflowed, still talking.
      {
        area: '0591', arrived: '2026-11-22T02:05:00', queued: '2026-11-22T02:05:01', state: 'answered',
        answered: '2026-11-22T02:05:30', overflowed: '2026-11-22T02:05:20',
      },
      { area: '0591', arrived: '2026-11-22T02:27:50', queued: '2026-11-22T02:28:00', state: 'waiting' },
      { area: '0591', arrived: '2026-11-22T02:29:00', queued: '2026-11-22T02:29:05', state: 'waiting' },
      { area: null, arrived: '2026-11-22T02:00:00', queued: '2026-11-22T02:00:01', state: 'abandoned', finished: '2026-11-22T02:00:21' },
      { area: '0592', arrived: '2026-11-22T02:10:00', state: 'ended', answered: '2026-11-22T02:10:05', finished: '2026-11-22T02:11:05' },
    ];
    for (const row of rows) await insert(row);
  });

  it.each([
    [
      'Fuzhou',
      '0591',
      {
        line: '059112356', waiting: 2, oldestWaitingSince: '2026-11-22T02:28:00.000Z',
        today: {
          offered: 6, answered: 2, abandoned: 1, abandonedAvgWaitSec: 40, overflowed: 1, busy: 1,
          answeredInServiceLevel: 1, avgWaitSec: 20, avgTalkSec: 290,
        },
      },
    ],
    [
      'plain 12356',
      null,
      {
        line: '12356', waiting: 0, oldestWaitingSince: null,
        today: {
          offered: 1, answered: 0, abandoned: 1, abandonedAvgWaitSec: 21, overflowed: 0, busy: 0,
          answeredInServiceLevel: 0, avgWaitSec: null, avgTalkSec: null,
        },
      },
    ],
    [
      'a centre with no calls',
      '0593',
      {
        line: '059312356', waiting: 0, oldestWaitingSince: null,
        today: {
          offered: 0, answered: 0, abandoned: 0, abandonedAvgWaitSec: null, overflowed: 0, busy: 0,
          answeredInServiceLevel: 0, avgWaitSec: null, avgTalkSec: null,
        },
      },
    ],
  ])('%s', async (_story, areaCode, expected) => {
    const [queue] = await lineQueues(h.store, [{ areaCode, serviceLevelSec: 20 }], now);
    expect(queue).toMatchObject({ areaCode, ...expected });
  });

  it('charts the last eight Beijing hours, oldest first, each call in the hour it arrived', async () => {
    const [fuzhou] = await lineQueues(h.store, [{ areaCode: '0591', serviceLevelSec: 20 }], now);
    expect(fuzhou?.hours.map((hour) => [hour.hour.slice(11, 16), hour.offered, hour.answered, hour.abandoned])).toEqual([
      ['19:00', 0, 0, 0],
      ['20:00', 0, 0, 0],
      ['21:00', 0, 0, 0],
      ['22:00', 0, 0, 0],
      ['23:00', 0, 0, 0],
      ['00:00', 0, 0, 0],
      ['01:00', 2, 0, 1],
      ['02:00', 3, 1, 0],
    ]);
  });

  it('a longer service level counts the 30-second answer in it', async () => {
    const [fuzhou] = await lineQueues(h.store, [{ areaCode: '0591', serviceLevelSec: 30 }], now);
    expect(fuzhou?.today.answeredInServiceLevel).toBe(2);
  });

  it('an hour later the Beijing-midnight call still counts; the day before never does', async () => {
    const [fuzhou] = await lineQueues(h.store, [{ areaCode: '0591', serviceLevelSec: 20 }], Date.parse('2026-11-22T15:59:59Z'));
    expect(fuzhou?.today.offered).toBe(6);
  });
});
