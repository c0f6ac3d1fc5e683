import { describe, expect, it } from 'vitest';
import { overflowIssues } from './settings';

describe('the centres a centre overflows to', () => {
  const province = new Set(['0591', '0592', '0593']);
  it.each<[string, string[], { path: (string | number)[]; message: string }[]]>([
    ['none at all', [], []],
    ['the province’s other centres, in any order', ['0593', '0592'], []],
    ['the centre itself', ['0592', '0591'], [{ path: ['overflowCentres', 1], message: 'adminConfig.overflowSelf' }]],
    ['an area code of no centre', ['0999'], [{ path: ['overflowCentres', 0], message: 'adminConfig.overflowUnknown' }]],
    ['a centre twice', ['0592', '0593', '0592'], [{ path: ['overflowCentres', 2], message: 'adminConfig.overflowRepeated' }]],
  ])('%s', (_case, overflowCentres, issues) => {
    expect(overflowIssues('0591', overflowCentres, province)).toEqual(issues);
  });
});
