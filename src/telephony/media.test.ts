import { describe, expect, it } from 'vitest';
import { classifyMediaError, endReasonFromStatus } from './media';

describe('endReasonFromStatus', () => {
  it.each([
    [486, 'busy'],
    [600, 'busy'],
    [404, 'not-found'],
    [484, 'not-found'],
    [480, 'unavailable'],
    [408, 'no-answer'],
    [487, 'no-answer'],
    [403, 'rejected'],
    [603, 'rejected'],
    [500, 'failed'],
    [503, 'failed'],
  ] as const)('%i → %s', (status, reason) => {
    expect(endReasonFromStatus(status)).toBe(reason);
  });
});

describe('classifyMediaError', () => {
  it.each([
    ['NotAllowedError', 'microphone-denied'],
    ['SecurityError', 'microphone-denied'],
    ['NotFoundError', 'no-microphone'],
    ['NotReadableError', 'no-microphone'],
    ['OverconstrainedError', 'no-microphone'],
    ['AbortError', null],
  ] as const)('%s → %s', (name, expected) => {
    expect(classifyMediaError(new DOMException('x', name))).toBe(expected);
  });
});
