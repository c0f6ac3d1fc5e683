import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { LinesResponse } from '../contract';
import { lineLabel } from './line-label';

const lines: LinesResponse = {
  provinceZh: '福建省',
  provinceEn: 'Fujian',
  centres: [{ areaCode: '0591', cityZh: '福州', cityEn: 'Fuzhou', provinceZh: '福建省', provinceEn: 'Fujian' }],
};

describe('lineLabel', () => {
  it.each([
    ['zh-CN', { dialled: '059112356', areaCode: '0591' }, '0591 12356（福州）'],
    ['en', { dialled: '059112356', areaCode: '0591' }, '0591 12356 (Fuzhou)'],
    ['zh-CN', { dialled: '12356', areaCode: null }, '12356（福建省）'],
    ['en', { dialled: '12356', areaCode: null }, '12356 (Fujian)'],
    ['zh-CN', { dialled: '059912356', areaCode: '0599' }, '0599 12356'],
    ['zh-CN', null, '直拨'],
    ['en', null, 'Direct'],
  ] as const)('%s %j → %s', async (language, line, label) => {
    const t = i18next.getFixedT(language);
    expect(lineLabel(t, line, lines, language)).toBe(label);
  });

  it('falls back to the dialled number before the directory has loaded', () => {
    expect(lineLabel(i18next.getFixedT('zh-CN'), { dialled: '12356', areaCode: null }, undefined, 'zh-CN')).toBe('12356');
  });
});
