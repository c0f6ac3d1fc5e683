import type { Context, ErrorHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorBody, ErrorCode, ValidationIssue } from '../../src/contract';

/** Thrown by handlers and guards; `handleError` turns it into an `ErrorBody` answer. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    readonly extra: { issues?: ValidationIssue[]; retryAfterSec?: number; revision?: number } = {},
  ) {
    super(code);
  }
}

export function errorResponse(c: Context, status: ContentfulStatusCode, code: ErrorCode, extra: ApiError['extra'] = {}) {
  if (extra.retryAfterSec !== undefined) c.header('Retry-After', String(extra.retryAfterSec));
  const body: ErrorBody = { error: { code, ...extra } };
  return c.json(body, status);
}

/**
 * Names the failure without its message: database errors quote the offending values
 * (`invalid input syntax for type uuid: "…"`), which may be personal data.
 */
function describeFailure(error: Error): string {
  const code = 'code' in error && typeof error.code === 'string' ? ` ${error.code}` : '';
  const frames = (error.stack ?? '').split('\n').slice(1).join('\n');
  return `${error.name}${code}\n${frames}`;
}

export const handleError: ErrorHandler = (error, c) => {
  if (error instanceof ApiError) return errorResponse(c, error.status, error.code, error.extra);
  if (error instanceof HTTPException && error.status === 413) return errorResponse(c, 413, 'payload_too_large');
  console.error(`${c.req.method} ${c.req.path} failed: ${describeFailure(error)}`);
  return errorResponse(c, 500, 'internal');
};
