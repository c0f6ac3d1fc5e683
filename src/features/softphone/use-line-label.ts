import { useTranslation } from 'react-i18next';
import { useLines } from '../../api';
import type { DialledLine } from '../../contract';
import { lineLabel } from '../../lib/line-label';

export function useLineLabel(line: DialledLine | null): string {
  const { t, i18n } = useTranslation();
  const { data: lines } = useLines();
  return lineLabel(t, line, lines, i18n.language);
}
