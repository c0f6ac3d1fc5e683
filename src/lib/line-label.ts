import type { TFunction } from 'i18next';
import type { DialledLine, LinesResponse } from '../contract';

/** "0591 12356 (福州)" or "12356 (福建省)": the line a caller dialled, in the counsellor's language. */
export function lineLabel(t: TFunction, line: DialledLine | null, lines: LinesResponse | undefined, language: string): string {
  if (!line) return t('call.unknownLine');
  const english = language.startsWith('en');
  if (line.areaCode === null) {
    const province = lines ? (english ? lines.provinceEn : lines.provinceZh) : '';
    return province ? t('call.provinceLine', { province }) : line.dialled;
  }
  const centre = lines?.centres.find((candidate) => candidate.areaCode === line.areaCode);
  if (!centre) return `${line.areaCode} 12356`;
  return t('call.cityLine', { areaCode: line.areaCode, city: english ? centre.cityEn : centre.cityZh });
}
