import { describe, expect, it } from 'vitest';
import type { LineQueue } from '../../contract';
import { hourlyTotals, oldestWaitingSince, queueFigures, totalWaiting, type QueueFigures } from './queue-figures';

function today(counts: Partial<LineQueue['today']>): LineQueue['today'] {
  return {
    offered: 0,
    answered: 0,
    abandoned: 0,
    abandonedAvgWaitSec: null,
    overflowed: 0,
    busy: 0,
    answeredInServiceLevel: 0,
    avgWaitSec: null,
    avgTalkSec: null,
    ...counts,
  };
}

const cases: { name: string; counts: Partial<LineQueue['today']>; figures: QueueFigures }[] = [
  { name: 'no call yet today: no rate at all, not 0 %', counts: {}, figures: { answerRate: null, serviceLevel: null } },
  { name: 'every call answered in time', counts: { offered: 4, answered: 4, answeredInServiceLevel: 4 }, figures: { answerRate: 1, serviceLevel: 1 } },
  {
    name: 'callers who gave up count against both rates',
    counts: { offered: 10, answered: 8, abandoned: 2, answeredInServiceLevel: 6 },
    figures: { answerRate: 0.8, serviceLevel: 0.6 },
  },
  {
    name: 'callers who heard busy count against both rates',
    counts: { offered: 5, answered: 4, busy: 1, answeredInServiceLevel: 4 },
    figures: { answerRate: 0.8, serviceLevel: 0.8 },
  },
  {
    name: 'answered late: answered, but outside the service level',
    counts: { offered: 4, answered: 4, answeredInServiceLevel: 1 },
    figures: { answerRate: 1, serviceLevel: 0.25 },
  },
  { name: 'callers still waiting have not been answered yet', counts: { offered: 3, answered: 0 }, figures: { answerRate: 0, serviceLevel: 0 } },
  {
    name: 'counts that disagree for a moment never show over 100 %',
    counts: { offered: 2, answered: 3, answeredInServiceLevel: 3 },
    figures: { answerRate: 1, serviceLevel: 1 },
  },
];

describe('queueFigures', () => {
  it.each(cases)('$name', ({ counts, figures }) => {
    expect(queueFigures(today(counts))).toEqual(figures);
  });
});

function line(dialled: string, waiting: number, since: string | null, hours: LineQueue['hours'] = []): LineQueue {
  return { line: dialled, areaCode: null, waiting, oldestWaitingSince: since, today: today({}), hours };
}

describe('totalWaiting and oldestWaitingSince', () => {
  it.each([
    { name: 'nobody waiting', queue: [line('12356', 0, null)], waiting: 0, oldest: null },
    {
      name: 'the earliest join of any line',
      queue: [line('12356', 2, '2026-11-30T01:02:00.000Z'), line('059112356', 1, '2026-11-30T01:00:00.000Z'), line('059212356', 0, null)],
      waiting: 3,
      oldest: '2026-11-30T01:00:00.000Z',
    },
    { name: 'no lines at all', queue: [], waiting: 0, oldest: null },
  ])('$name', ({ queue, waiting, oldest }) => {
    expect(totalWaiting(queue)).toBe(waiting);
    expect(oldestWaitingSince(queue)).toBe(oldest);
  });
});

describe('hourlyTotals', () => {
  const h1 = '2026-11-30T00:00:00.000Z';
  const h2 = '2026-11-30T01:00:00.000Z';
  it('adds the lines up hour by hour, oldest hour first, an hour one line lacks counting as nothing there', () => {
    const queue = [
      line('12356', 0, null, [
        { hour: h2, offered: 3, answered: 2, abandoned: 1 },
        { hour: h1, offered: 1, answered: 1, abandoned: 0 },
      ]),
      line('059112356', 0, null, [{ hour: h2, offered: 4, answered: 4, abandoned: 0 }]),
    ];
    expect(hourlyTotals(queue)).toEqual({
      hours: [Date.parse(h1) / 1000, Date.parse(h2) / 1000],
      offered: [1, 7],
      answered: [1, 6],
      abandoned: [0, 1],
    });
  });

  it('is empty without lines', () => {
    expect(hourlyTotals([])).toEqual({ hours: [], offered: [], answered: [], abandoned: [] });
  });
});
