import type { TFunction } from 'i18next';

/**
 * Schema messages are i18n keys under `validation.` (see src/contract/text.ts); anything else a
 * library produced falls back to a generic, still translated, message.
 */
export function translateValidation(t: TFunction, message: string | undefined): string | undefined {
  if (!message) return undefined;
  const key = `validation.${message}`;
  const translated = t(key as 'validation.invalid', { defaultValue: '' });
  return translated || t('validation.invalid');
}

/** A failed API call as a sentence the counsellor can act on (codes come from ApiError). */
export function apiErrorMessage(t: TFunction, error: unknown): string {
  const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : 'unexpected';
  const translated = t(`errors.${code}` as 'errors.internal', { defaultValue: '' });
  return translated || t('errors.unexpected');
}
