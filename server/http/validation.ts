import type { z } from 'zod';
import { loneSurrogate, toValidationIssues, type ValidationIssue } from '../../src/contract';
import { ApiError } from './errors';

export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new ApiError(400, 'validation', { issues: toValidationIssues(result.error) });
  return result.data;
}

/**
 * Strings PostgreSQL cannot store (a NUL; half a surrogate pair, which has no UTF-8) anywhere in a
 * body, query or path that passed its schema, whatever field holds them: refused here once
 * instead of failing as a 500 deep in a query for every field a schema forgot.
 */
export function assertStorableStrings(value: unknown, path: (string | number)[] = []): void {
  const issues: ValidationIssue[] = [];
  const walk = (node: unknown, at: (string | number)[]) => {
    if (typeof node === 'string') {
      if (node.includes('\u0000') || loneSurrogate.test(node)) issues.push({ path: at, message: 'text.badCharacters' });
    } else if (Array.isArray(node)) {
      node.forEach((item, index) => walk(item, [...at, index]));
    } else if (node !== null && typeof node === 'object') {
      for (const [key, item] of Object.entries(node)) {
        walk(key, at);
        walk(item, [...at, key]);
      }
    }
  };
  walk(value, path);
  if (issues.length > 0) throw new ApiError(400, 'validation', { issues });
}
