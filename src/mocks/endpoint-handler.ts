import { http, HttpResponse, type HttpHandler } from 'msw';
import { ErrorBody, toValidationIssues, type Endpoint, type EndpointResponse, type ErrorCode } from '../contract';

export class MockApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
  ) {
    super(code);
  }
}

export interface MockRequest {
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
  request: Request;
}

function errorResponse(status: number, body: ErrorBody) {
  return HttpResponse.json(ErrorBody.parse(body), { status });
}

/**
 * An msw handler for one contract endpoint: input checked with the same schemas as the server
 * (same 400 answer), and the mock's own answer checked against the response schema, so a mock
 * can never drift from the real API.
 */
export function mockEndpoint<E extends Endpoint>(
  endpoint: E,
  resolve: (request: MockRequest) => EndpointResponse<E> | Promise<EndpointResponse<E>>,
): HttpHandler {
  const path = endpoint.path.replace(/\{(\w+)\}/g, ':$1');
  return http[endpoint.method](path, async ({ request, params }) => {
    const url = new URL(request.url);
    const rawQuery = Object.fromEntries(url.searchParams);
    const query = endpoint.query ? endpoint.query.safeParse(rawQuery) : { success: true as const, data: rawQuery };
    const rawBody: unknown = endpoint.body ? await request.json().catch(() => undefined) : undefined;
    const body = endpoint.body ? endpoint.body.safeParse(rawBody) : { success: true as const, data: undefined };
    for (const parsed of [query, body]) {
      if (!parsed.success) {
        return errorResponse(400, { error: { code: 'validation', issues: toValidationIssues(parsed.error) } });
      }
    }
    try {
      const result = await resolve({
        params: params as Record<string, string>,
        query: query.data as Record<string, unknown>,
        body: body.data,
        request,
      });
      return HttpResponse.json(endpoint.response.parse(result) as Record<string, unknown>, {
        status: endpoint.successStatus ?? 200,
      });
    } catch (error) {
      if (error instanceof MockApiError) return errorResponse(error.status, { error: { code: error.code } });
      throw error;
    }
  });
}
