import { describe, expect, it } from 'vitest';
import { nuisanceExpiresAt, nuisanceExpiryHours, type NuisanceExpiry } from './nuisance';

describe('nuisance listing expiry', () => {
  const from = Date.parse('2026-11-30T08:00:00.000Z');
  it.each<[NuisanceExpiry, number, string]>([
    ['24h', 24, '2026-12-01T08:00:00.000Z'],
    ['7d', 168, '2026-12-07T08:00:00.000Z'],
    ['30d', 720, '2026-12-30T08:00:00.000Z'],
  ])('%s lasts %i hours, until %s', (expiry, hours, until) => {
    expect(nuisanceExpiryHours(expiry)).toBe(hours);
    expect(new Date(nuisanceExpiresAt(expiry, from)).toISOString()).toBe(until);
  });
});
