import type { z } from 'zod';

/**
 * The contract's bounds carry no message of their own: the configuration forms show them as the
 * translated "out of range" (the allowed range is the field's hint), an empty number as "enter a
 * number". Messages the contract does set (`text.required`) take precedence over this map.
 */
export const configErrorMap: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'too_small' || issue.code === 'too_big') return 'adminConfig.outOfRange';
  if (issue.code === 'invalid_type' && issue.expected === 'number') return 'adminConfig.notANumber';
  return undefined;
};
