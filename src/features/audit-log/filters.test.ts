import { describe, expect, it } from 'vitest';
import { actionChoices, beijingLocalToInstant, codeKey, defaultFilterValues, instantToBeijingLocal, toFilters } from './filters';

describe('the audit log filter values', () => {
  it.each([
    ['2026-11-30T00:00', '2026-11-29T16:00:00.000Z'],
    ['2026-11-30T08:05', '2026-11-30T00:05:00.000Z'],
    ['2026-01-01T07:59', '2025-12-31T23:59:00.000Z'],
  ])('reads %s in Beijing as %s', (local, instant) => {
    expect(beijingLocalToInstant(local)).toBe(instant);
    expect(instantToBeijingLocal(new Date(instant))).toBe(local);
  });

  it('opens on the last 24 hours', () => {
    expect(defaultFilterValues(new Date('2026-11-30T04:00:00Z'))).toMatchObject({ from: '2026-11-29T12:00', to: '' });
  });

  it.each([
    [{ from: '', to: '', staffId: '', action: '', subjectType: '', subjectId: ' ', address: '' }, {}],
    [
      { from: '2026-11-30T00:00', to: '2026-11-30T12:00', staffId: 'x', action: 'group:contact', subjectType: 'contact', subjectId: ' abc ', address: '10.0.' },
      { from: '2026-11-29T16:00:00.000Z', to: '2026-11-30T04:00:00.000Z', staffId: 'x', action: 'group:contact', subjectType: 'contact', subjectId: 'abc', address: '10.0.' },
    ],
  ])('sends only what is filled in: %o', (values, filters) => {
    expect(toFilters(values)).toEqual(filters);
  });

  it.each([
    ['follow-up.close', 'follow_up_close'],
    ['contact.caller-number.reveal', 'contact_caller_number_reveal'],
    ['training-scenario', 'training_scenario'],
  ])('names %s’s message %s', (code, key) => {
    expect(codeKey(code)).toBe(key);
  });

  it('offers each group whole, then its actions, never a prefix', () => {
    const choices = actionChoices();
    expect(choices[0]).toEqual({ group: 'session', action: null });
    expect(choices).toContainEqual({ group: 'contact', action: 'contact.read' });
    expect(choices).toContainEqual({ group: 'accounts', action: null });
    expect(choices.some((c) => c.action?.endsWith('*'))).toBe(false);
  });
});
