import { z } from 'zod';

/**
 * Free text typed by staff. Control characters are refused (they corrupt exports and logs);
 * markup is kept as typed and is always rendered as text, never as HTML.
 * Messages are i18n keys under `validation.`.
 */
// eslint-disable-next-line no-control-regex
const controlChars = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const lineBreaks = /[\n\r\t]/;

export function plainText(max: number, options: { multiline?: boolean } = {}) {
  return z
    .string()
    .max(max, { message: 'text.tooLong' })
    .refine((value) => !controlChars.test(value), { message: 'text.controlChars' })
    .refine((value) => options.multiline === true || !lineBreaks.test(value), {
      message: 'text.singleLine',
    });
}

export function requiredText(max: number, options: { multiline?: boolean } = {}) {
  return plainText(max, options).refine((value) => value.trim().length > 0, { message: 'text.required' });
}
