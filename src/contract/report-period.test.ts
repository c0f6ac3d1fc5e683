import { describe, expect, it } from 'vitest';
import { periodBounds, type ReportPeriod } from './report-period';

const iso = (ms: number) => new Date(ms).toISOString();

describe('periodBounds', () => {
  it.each<[ReportPeriod, string, string, string, number]>([
    // A Beijing day starts at 16:00 UTC the day before.
    ['day', '2026-10-31', '2026-10-30T16:00:00.000Z', '2026-10-31T16:00:00.000Z', 24],
    ['day', '2026-01-01', '2025-12-31T16:00:00.000Z', '2026-01-01T16:00:00.000Z', 24],
    // 2026-10-28 is a Wednesday: its week runs Monday 26 to Sunday 1 November.
    ['week', '2026-10-28', '2026-10-25T16:00:00.000Z', '2026-11-01T16:00:00.000Z', 7],
    ['week', '2026-11-01', '2026-10-25T16:00:00.000Z', '2026-11-01T16:00:00.000Z', 7],
    ['week', '2026-10-26', '2026-10-25T16:00:00.000Z', '2026-11-01T16:00:00.000Z', 7],
    ['month', '2026-10-15', '2026-09-30T16:00:00.000Z', '2026-10-31T16:00:00.000Z', 31],
    ['month', '2026-02-01', '2026-01-31T16:00:00.000Z', '2026-02-28T16:00:00.000Z', 28],
    ['month', '2028-02-29', '2028-01-31T16:00:00.000Z', '2028-02-29T16:00:00.000Z', 29],
    ['month', '2026-12-31', '2026-11-30T16:00:00.000Z', '2026-12-31T16:00:00.000Z', 31],
  ])('%s containing %s runs from %s to %s in %i points', (period, date, from, to, points) => {
    const bounds = periodBounds(period, date);
    expect([iso(bounds.from), iso(bounds.to), bounds.buckets.length]).toEqual([from, to, points]);
    expect(iso(bounds.buckets[0] ?? 0)).toBe(from);
  });
});
