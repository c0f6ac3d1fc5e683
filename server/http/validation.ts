import type { z } from 'zod';
import { toValidationIssues } from '../../src/contract';
import { ApiError } from './errors';

export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new ApiError(400, 'validation', { issues: toValidationIssues(result.error) });
  return result.data;
}
