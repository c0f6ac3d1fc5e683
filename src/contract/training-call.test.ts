import { describe, expect, it } from 'vitest';
import { parsePracticeFor } from './training-call';

describe('parsePracticeFor', () => {
  it.each([
    ['120', '120'],
    [' 110 ', '110'],
    ['059112356', '059112356'],
    ['12', null],
    ['120<script>', null],
    ['tr8201', null],
    [undefined, null],
  ])('%s → %s', (header, expected) => {
    expect(parsePracticeFor(header)).toBe(expected);
  });
});
