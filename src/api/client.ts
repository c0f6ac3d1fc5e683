import {
  ErrorBody,
  fillPath,
  type Endpoint,
  type EndpointBody,
  type EndpointQuery,
  type EndpointResponse,
  type ErrorCode,
  type ValidationIssue,
} from '../contract';

/** `network`: the server could not be reached; `unexpected`: it answered something off-contract. */
export type ApiErrorCode = ErrorCode | 'network' | 'unexpected';

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    readonly status: number,
    readonly issues: ValidationIssue[] = [],
    readonly retryAfterSec?: number,
    /** 409 to a save: the revision the API holds, which the sent one conflicts with. */
    readonly revision?: number,
  ) {
    super(code);
    this.name = 'ApiError';
  }

  /** Whether trying again later may succeed (the API or network is down, not the request wrong). */
  get transient(): boolean {
    return this.code === 'network' || this.status >= 500 || this.status === 429;
  }
}

export interface CallInput<E extends Endpoint> {
  params?: Record<string, string | number>;
  query?: EndpointQuery<E>;
  body?: EndpointBody<E>;
  signal?: AbortSignal;
}

export function queryString(query: object | undefined): string {
  if (!query) return '';
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null) search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/**
 * The one way the SPA talks to the API: typed by the contract, answers validated against it.
 * It neither pops toasts nor redirects; callers decide what an error means to the user.
 */
export async function callApi<E extends Endpoint>(endpoint: E, input: CallInput<E> = {}): Promise<EndpointResponse<E>> {
  const relative = fillPath(endpoint.path, input.params) + queryString(input.query as object | undefined);
  const url = new URL(relative, document.baseURI);
  let response: Response;
  try {
    response = await fetch(url, {
      method: endpoint.method.toUpperCase(),
      credentials: 'same-origin',
      headers: input.body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: input.body === undefined ? undefined : JSON.stringify(input.body),
      signal: input.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError('network', 0);
  }

  const payload: unknown = response.status === 204 ? undefined : await response.json().catch(() => undefined);
  if (!response.ok) {
    const parsed = ErrorBody.safeParse(payload);
    if (parsed.success) {
      const { code, issues, retryAfterSec, revision } = parsed.data.error;
      throw new ApiError(code, response.status, issues ?? [], retryAfterSec, revision);
    }
    // A proxy's or a stopped server's error page: as good as unreachable.
    throw new ApiError(response.status >= 500 ? 'network' : 'unexpected', response.status);
  }
  const parsed = endpoint.response.safeParse(payload);
  if (!parsed.success) throw new ApiError('unexpected', response.status);
  return parsed.data as EndpointResponse<E>;
}
