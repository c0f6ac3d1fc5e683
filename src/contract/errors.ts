import { z } from 'zod';

/**
 * Every error the API answers carries one of these codes; the SPA translates the code, so the
 * server never sends user-facing prose.
 */
export const errorCodes = [
  'validation',
  /** The record lacks what completing it needs; `issues` says what. */
  'incomplete',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  /** It existed, and is no longer served (a hand-off packet past its readable time). */
  'expired',
  'bad_credentials',
  /** Signed in with a one-time password: nothing but changing it (or signing out) until it is. */
  'password_change_required',
  'too_many_attempts',
  'payload_too_large',
  'unsupported_media_type',
  'internal',
] as const;
export const ErrorCode = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ValidationIssue = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  /** An i18n key under `validation.` (e.g. `text.tooLong`) or a zod issue code. */
  message: z.string(),
});
export type ValidationIssue = z.infer<typeof ValidationIssue>;

export const ErrorBody = z
  .object({
    error: z.object({
      code: ErrorCode,
      issues: z.array(ValidationIssue).optional(),
      retryAfterSec: z.number().int().optional(),
      /** 409 to a save: the revision the API holds, which the sent one conflicts with. */
      revision: z.number().int().optional(),
    }),
  })
  .meta({ id: 'Error' });
export type ErrorBody = z.infer<typeof ErrorBody>;

/** Contract messages are i18n keys (`text.tooLong`); zod's own English prose is replaced by its issue code. */
const i18nKey = /^[a-z][A-Za-z]*(\.[a-z][A-Za-z]*)+$/;

/** A failed parse as the API answers it; the server and the msw mocks both use this. */
export function toValidationIssues(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((part) => (typeof part === 'number' ? part : String(part))),
    message: i18nKey.test(issue.message) ? issue.message : issue.code,
  }));
}
