import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useLines } from '../../api';
import { parseDialledLine } from '../../contract';
import { lineLabel } from '../../lib/line-label';

/** Names a dialled line ("0591 12356（福州）") as the counsellor's softphone does. */
export function useLineName(): (line: string | null) => string {
  const { t, i18n } = useTranslation();
  const { data: lines } = useLines();
  return useCallback((line) => lineLabel(t, line ? parseDialledLine(line) : null, lines, i18n.language), [t, lines, i18n.language]);
}
