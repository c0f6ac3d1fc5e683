import { describe, expect, it } from 'vitest';
import { hotlineNumber, randomCallerNumber } from './simulated-caller';

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
