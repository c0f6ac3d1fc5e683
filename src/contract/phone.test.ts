import { describe, expect, it } from 'vitest';
import { maskNumber } from './phone';

describe('maskNumber', () => {
  it.each([
    ['13800138000', '138****8000'],
    ['059187654321', '0591****4321'],
    ['02112345678', '0211***5678'],
    ['87654321', '87****21'],
    ['1234567', '12***67'],
    ['110', '110'],
    ['12356', '12356'],
    ['', ''],
  ])('%s → %s', (number, masked) => {
    expect(maskNumber(number)).toBe(masked);
  });
});
