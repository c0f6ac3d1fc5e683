import { describe, expect, it } from 'vitest';
import { formatBeijingTime, formatDuration } from './time';

describe('formatDuration', () => {
  it.each([
    [0, '00:00'],
    [999, '00:00'],
    [1000, '00:01'],
    [59_000, '00:59'],
    [60_000, '01:00'],
    [3_599_000, '59:59'],
    [3_600_000, '1:00:00'],
    [37_230_000, '10:20:30'],
    [-5000, '00:00'],
  ])('%i ms → %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});

describe('formatBeijingTime', () => {
  it('shows Beijing time whatever the machine zone (UTC+8, no daylight saving)', () => {
    expect(formatBeijingTime(Date.UTC(2026, 10, 22, 16, 5, 9), 'en-GB')).toBe('00:05:09');
    expect(formatBeijingTime(Date.UTC(2026, 5, 30, 23, 59, 0), 'zh-CN', false)).toBe('07:59');
  });
});
