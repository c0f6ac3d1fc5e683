import type { TFunction } from 'i18next';
import type { AutoRubricItem } from '../../contract/training';

type Code = 'trainingLibrary.rubric.codes.asked';
type Check = 'trainingLibrary.rubric.checks.risk-screen-asked';
type Field = 'trainingLibrary.rubric.packetFields.location';

/**
 * An automatic rubric item's expected or recorded value, as the API codes it, in words: risk levels
 * and call types in the form's own words, lists of missed steps or packet fields spelled out.
 */
export function rubricWords(t: TFunction, item: AutoRubricItem, code: string): string {
  const codeWord = (c: string) => t(`trainingLibrary.rubric.codes.${c}` as Code);
  const list = (prefix: string, codes: string) => codes.split(',').map((c) => t(`${prefix}.${c}` as Check | Field)).join('、');
  switch (item) {
    case 'risk-level':
      return t(`risk.levels.${code}` as 'risk.levels.none');
    case 'call-type':
      return t(`intake.callTypes.${code}` as 'intake.callTypes.silent');
    case 'emergency-handoff':
      return code === 'none' ? codeWord('none') : code;
    case 'handoff-packet':
      return code === 'complete' || code === 'none'
        ? codeWord(code)
        : t('trainingLibrary.rubric.codes.incomplete', { fields: list('trainingLibrary.rubric.packetFields', code) });
    case 'protocol-check':
      return code === 'all-met' ? codeWord(code) : t('trainingLibrary.rubric.codes.misses', { checks: list('trainingLibrary.rubric.checks', code) });
    default:
      return codeWord(code);
  }
}
