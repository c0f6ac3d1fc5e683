import { describe, expect, it } from 'vitest';
import type { EmergencyHandoff, Intake } from '../../src/contract';
import { rescueIntake } from '../testing/contacts';
import { readableIntake } from './stored-intake';

const answeredAt = new Date('2026-03-01T02:00:00.000Z');
const handoff = (patch: Record<string, unknown>): Intake => {
  const intake = rescueIntake();
  // As the database may hold it: the contract's types do not bind what was stored by hand.
  return { ...intake, safety: { ...intake.safety, emergencyHandoff: { ...intake.safety.emergencyHandoff, ...patch } as EmergencyHandoff } };
};
const followUpOn = (date: unknown): Intake => ({ ...rescueIntake(), followUp: { needed: true, date: date as string, by: '' } });

describe('readableIntake', () => {
  it.each([
    ['a real moment, kept in UTC', { at: '2026-03-01T10:10:00+08:00' }, '2026-03-01T02:10:00.000Z'],
    ['year 0', { at: '0000-01-01T00:00:00Z' }, '2026-03-01T02:00:00.000Z'],
    ['a +20:00 offset', { at: '2026-03-01T02:10:00+20:00' }, '2026-03-01T02:00:00.000Z'],
    ['a six-digit year', { at: '+275760-09-13T00:00:00Z' }, '2026-03-01T02:00:00.000Z'],
    ['no time at all', { at: '2026-03-01' }, '2026-03-01T02:00:00.000Z'],
    ['a number', { at: 1e308 }, '2026-03-01T02:00:00.000Z'],
    ['an object', { at: { nested: 1 } }, '2026-03-01T02:00:00.000Z'],
  ])('hand-off time: %s', (_name, patch, at) => {
    expect(readableIntake(handoff(patch), answeredAt).safety.emergencyHandoff?.at).toBe(at);
  });

  it.each([
    [null, null],
    ['2026-03-01T03:00:00Z', '2026-03-01T03:00:00.000Z'],
    ['0000-01-01T00:00:00Z', null],
    ['9999-12-31T23:59:59Z', null],
  ])('outcome time %j → %j', (resolvedAt, expected) => {
    expect(readableIntake(handoff({ resolvedAt }), answeredAt).safety.emergencyHandoff?.resolvedAt).toBe(expected);
  });

  it.each([
    ['', ''],
    ['2026-03-02', '2026-03-02'],
    ['2026-02-30', ''],
    ['9999-99-99', ''],
    [20260301, ''],
  ])('follow-up date %j → %j', (date, expected) => {
    expect(readableIntake(followUpOn(date), answeredAt).followUp.date).toBe(expected);
  });

  it('leaves an intake without a hand-off as it is', () => {
    const intake = { ...rescueIntake(), safety: { ...rescueIntake().safety, emergencyHandoff: null } };
    expect(readableIntake(intake, answeredAt)).toEqual(intake);
  });
});
