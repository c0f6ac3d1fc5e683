import { describe, expect, it } from 'vitest';
import { saveStatusOf } from './use-save-status';

const state = (patch: Partial<{ pending: number; waiting: boolean; rejected: number; sending: boolean }> = {}) => ({
  pending: 0,
  waiting: false,
  rejected: 0,
  sending: false,
  ...patch,
});

describe('saveStatusOf', () => {
  it.each([
    [state(), false, 'saved'],
    [state(), true, 'saving'],
    [state({ pending: 1 }), false, 'saving'],
    [state({ sending: true }), false, 'saving'],
    [state({ pending: 2, waiting: true }), false, 'offline'],
    [state({ pending: 1, waiting: true }), true, 'offline'],
    [state({ pending: 1, rejected: 1 }), false, 'rejected'],
    [state({ pending: 3, rejected: 1, waiting: true }), false, 'rejected'],
  ] as const)('%j, typing %s → %s', (outbox, editing, status) => {
    expect(saveStatusOf(outbox, editing)).toBe(status);
  });

  it.each([
    [state({ pending: 1, rejected: 1 }), 'conflict'],
    [state({ pending: 1, sending: true }), 'conflict'],
    [state(), 'conflict'],
  ] as const)('another tab saved meanwhile, %j → %s', (outbox, status) => {
    expect(saveStatusOf(outbox, false, true)).toBe(status);
  });
});
