import { describe, expect, it } from 'vitest';
import { reconnectDelayMs } from './backoff';

describe('reconnectDelayMs', () => {
  it.each([
    [1, 0.5, 500],
    [2, 0.5, 1000],
    [3, 0.5, 2000],
    [4, 0.5, 4000],
    [6, 0.5, 16000],
    [7, 0.5, 30000],
    [20, 0.5, 30000],
    [1, 0, 400],
    [1, 0.999, 600],
    [7, 0, 24000],
  ])('attempt %i with jitter %f waits %i ms', (attempt, jitter, ms) => {
    expect(reconnectDelayMs(attempt, jitter)).toBe(ms);
  });
});
