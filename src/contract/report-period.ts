/** How long a report covers; each is read in Beijing time (UTC+8 all year, weeks Monday–Sunday). */
export const reportPeriods = ['day', 'week', 'month'] as const;
export type ReportPeriod = (typeof reportPeriods)[number];

export interface PeriodBounds {
  /** The first instant of the period and the first after it, in milliseconds since the epoch. */
  from: number;
  to: number;
  /** Where each point of its trend series starts: hours of a day, days of a week or a month. */
  buckets: number[];
}

const HOUR_MS = 3600_000;
const DAY_MS = 24 * HOUR_MS;
// Beijing has kept UTC+8 without daylight saving since 1991, so its midnights are plain arithmetic.
const BEIJING_OFFSET_MS = 8 * HOUR_MS;

const beijingMidnight = (year: number, monthIndex: number, day: number) => Date.UTC(year, monthIndex, day) - BEIJING_OFFSET_MS;

const steps = (from: number, to: number, step: number) => Array.from({ length: Math.round((to - from) / step) }, (_, i) => from + i * step);

/** The day, week (Monday first) or month in Beijing that contains the calendar date `date` (YYYY-MM-DD). */
export function periodBounds(period: ReportPeriod, date: string): PeriodBounds {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  if (period === 'day') {
    const from = beijingMidnight(year, month - 1, day);
    return { from, to: from + DAY_MS, buckets: steps(from, from + DAY_MS, HOUR_MS) };
  }
  if (period === 'week') {
    // getUTCDay: Sunday 0 … Saturday 6; a Beijing week starts on Monday.
    const sinceMonday = (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
    const from = beijingMidnight(year, month - 1, day - sinceMonday);
    return { from, to: from + 7 * DAY_MS, buckets: steps(from, from + 7 * DAY_MS, DAY_MS) };
  }
  const from = beijingMidnight(year, month - 1, 1);
  const to = beijingMidnight(year, month, 1);
  return { from, to, buckets: steps(from, to, DAY_MS) };
}
