import { describe, expect, it } from 'vitest';
import { hotlineFailure, hotlineNumber, randomCallerNumber } from './simulated-caller';

describe('randomCallerNumber', () => {
  it.each([0, 0.5, 0.999])('makes an 11-digit mobile number with random() = %f', (value) => {
    expect(randomCallerNumber(() => value)).toMatch(/^1[3-9]\d{9}$/);
  });
});

describe('hotlineNumber', () => {
  it.each([
    [null, '12356'],
    ['0591', '059112356'],
    ['0599', '059912356'],
  ])('%s → %s', (areaCode, number) => {
    expect(hotlineNumber(areaCode)).toBe(number);
  });
});

describe('hotlineFailure', () => {
  it.each([
    [480, 'nobody-on-duty'],
    [486, 'all-busy'],
    [600, 'all-busy'],
    [408, 'no-answer'],
    [404, 'unknown-line'],
    [484, 'unknown-line'],
    [500, 'system-fault'],
    [503, 'system-fault'],
    [403, 'other'],
    [487, null],
  ] as const)('SIP %i → %s', (status, reason) => {
    expect(hotlineFailure(status)).toBe(reason);
  });
});
