import { http, HttpResponse, type HttpHandler } from 'msw';
import type { z } from 'zod';
import { ErrorBody, toValidationIssues, type Endpoint, type ErrorCode, type ValidationIssue } from '../contract';

export class MockApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    /** What a 409 to a save names: the revision the API holds. */
    readonly revision?: number,
    /** What a refusal names, as the API's issues (`adminStaff.lastAdmin`). */
    readonly issues?: ValidationIssue[],
  ) {
    super(code);
  }
}

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;

/** A request to one endpoint as its mock sees it: path, query and body parsed by the contract's schemas. */
export interface MockRequest<E extends Endpoint> {
  params: Parsed<E['params']>;
  query: Parsed<E['query']>;
  body: Parsed<E['body']>;
  request: Request;
}

/** What the mock of an endpoint answers: what the endpoint's response schema accepts, as on the server. */
export type MockAnswer<E extends Endpoint> = z.input<E['response']>;

function errorResponse(status: number, body: ErrorBody) {
  return HttpResponse.json(ErrorBody.parse(body), { status });
}

/** Parses one part of a request; a part the endpoint does not take is `undefined`. */
function parsePart<S extends z.ZodType | undefined>(schema: S, raw: unknown) {
  return schema ? schema.safeParse(raw) : ({ success: true, data: undefined } as const);
}

/**
 * An msw handler for one contract endpoint: input checked with the same schemas as the server
 * (same 400 answer) and handed to `resolve` typed by them, and the mock's own answer checked
 * against the response schema, so a mock can never drift from the real API.
 */
export function mockEndpoint<E extends Endpoint>(
  endpoint: E,
  // NoInfer: the endpoint alone decides E, so an answer's literals are checked against it, not widened.
  resolve: NoInfer<(request: MockRequest<E>) => MockAnswer<E> | Promise<MockAnswer<E>>>,
): HttpHandler {
  const path = endpoint.path.replace(/\{(\w+)\}/g, ':$1');
  return http[endpoint.method](path, async ({ request, params: rawParams }) => {
    const params = parsePart(endpoint.params, rawParams);
    const query = parsePart(endpoint.query, Object.fromEntries(new URL(request.url).searchParams));
    const body = parsePart(endpoint.body, endpoint.body ? await request.json().catch(() => undefined) : undefined);
    for (const parsed of [params, query, body]) {
      if (!parsed.success) {
        return errorResponse(400, { error: { code: 'validation', issues: toValidationIssues(parsed.error) } });
      }
    }
    try {
      // TypeScript cannot follow each part's optional schema to its parsed type; the schemas did.
      const result = await resolve({ params: params.data, query: query.data, body: body.data, request } as MockRequest<E>);
      return HttpResponse.json(endpoint.response.parse(result) as Record<string, unknown>, {
        status: endpoint.successStatus ?? 200,
      });
    } catch (error) {
      if (error instanceof MockApiError) return errorResponse(error.status, { error: { code: error.code, revision: error.revision, issues: error.issues } });
      throw error;
    }
  });
}
