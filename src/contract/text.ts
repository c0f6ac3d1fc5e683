import { z } from 'zod';

/**
 * Free text typed by staff. Control characters are refused (they corrupt exports and logs);
 * markup is kept as typed and is always rendered as text, never as HTML.
 * Messages are i18n keys under `validation.`.
 */
// eslint-disable-next-line no-control-regex
const controlChars = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const lineBreaks = /[\n\r\t]/;
/** Half of a UTF-16 surrogate pair without its other half: no character, and no valid UTF-8. */
export const loneSurrogate = /\p{Cs}/u;

/** An identifier a program made (a SIP Call-ID, a note's id): printable ASCII without spaces. */
export function idString(max: number) {
  return z.string().regex(new RegExp(`^[\\x21-\\x7E]{1,${max}}$`), { message: 'text.badId' });
}

/**
 * Revisions count a part's saves. The bound keeps them inside PostgreSQL's integer with room to
 * spare: a part stored at the integer's top could never be saved again.
 */
export const MAX_REVISION = 1_000_000_000;
export const Revision = z.number().int().min(1).max(MAX_REVISION);
/** The transfer log starts at revision 0 (nothing logged yet). */
export const RevisionOrNone = z.number().int().min(0).max(MAX_REVISION);

export function plainText(max: number, options: { multiline?: boolean } = {}) {
  return z
    .string()
    .max(max, { message: 'text.tooLong' })
    .refine((value) => !controlChars.test(value), { message: 'text.controlChars' })
    .refine((value) => !loneSurrogate.test(value), { message: 'text.badCharacters' })
    .refine((value) => options.multiline === true || !lineBreaks.test(value), {
      message: 'text.singleLine',
    });
}

export function requiredText(max: number, options: { multiline?: boolean } = {}) {
  return plainText(max, options).refine((value) => value.trim().length > 0, { message: 'text.required' });
}
