import { z } from 'zod';
import { Centre } from './auth';

export const PUBLIC_LINE = '12356';

/**
 * SIP headers the PBX adds to a call it routes from the public line, so the counsellor sees which
 * line the caller dialled. The telephony module reads them; pbx/kamailio.cfg writes them.
 */
export const hotlineHeaders = {
  dialled: 'X-Hotline-Dialled',
  areaCode: 'X-Hotline-Area',
} as const;

export interface DialledLine {
  dialled: string;
  /** Null when the caller dialled plain 12356 (the province's own routing). */
  areaCode: string | null;
}

/** `12356` → province line; `059112356` → the Fuzhou centre's line. Null when it is no hotline number. */
export function parseDialledLine(dialled: string): DialledLine | null {
  if (dialled === PUBLIC_LINE) return { dialled, areaCode: null };
  const match = /^(0\d{2,3})12356$/.exec(dialled);
  return match?.[1] ? { dialled, areaCode: match[1] } : null;
}

export const LinesResponse = z
  .object({
    provinceZh: z.string(),
    provinceEn: z.string(),
    centres: z.array(Centre),
  })
  .meta({ id: 'Lines', description: 'The centres reachable through 12356 with an area code' });
export type LinesResponse = z.infer<typeof LinesResponse>;
