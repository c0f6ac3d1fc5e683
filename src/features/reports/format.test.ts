import { describe, expect, it } from 'vitest';
import { formatSeconds, formatShare, reportQueryFrom } from './format';

const fuzhou = { areaCode: '0591', cityZh: '福州', cityEn: 'Fuzhou', provinceZh: '福建', provinceEn: 'Fujian' };
// 2026-10-31T16:30Z is already 1 November in Beijing.
const now = Date.parse('2026-10-31T16:30:00Z');

describe('report formats', () => {
  it.each([
    [null, '—'],
    [0, '0.0%'],
    [0.8567, '85.7%'],
    [1, '100.0%'],
  ])('share %s shows %s', (value, shown) => expect(formatShare(value)).toBe(shown));

  it.each([
    [null, '—'],
    [0, '0:00'],
    [59.6, '1:00'],
    [65, '1:05'],
    [3725, '62:05'],
  ])('%s seconds show as %s', (value, shown) => expect(formatSeconds(value)).toBe(shown));
});

describe('reportQueryFrom', () => {
  it.each([
    ['', 'supervisor', { scope: '0591', period: 'day', date: '2026-11-01', by: 'line' }],
    ['', 'admin', { scope: 'province', period: 'day', date: '2026-11-01', by: 'line' }],
    ['?scope=0592&period=month&date=2026-10-05&by=counsellor', 'admin', { scope: '0592', period: 'month', date: '2026-10-05', by: 'counsellor' }],
    // A supervisor's address cannot name another centre: the screen asks for their own.
    ['?scope=0592&period=week', 'supervisor', { scope: '0591', period: 'week', date: '2026-11-01', by: 'line' }],
    ['?scope=x&period=year&date=soon&by=caller', 'admin', { scope: 'province', period: 'day', date: '2026-11-01', by: 'line' }],
  ] as const)('%s for a %s', (search, role, query) => {
    expect(reportQueryFrom(new URLSearchParams(search), { role, centre: role === 'admin' ? null : fuzhou }, now)).toEqual(query);
  });
});
