import { describe, expect, it } from 'vitest';
import type { LineQueue } from '../../contract';
import { queueFigures, type QueueFigures } from './queue-figures';

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
