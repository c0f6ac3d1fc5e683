import { fillPath, type Endpoint, type EndpointQuery } from '../contract';
import { queryString } from './client';

/**
 * Where a `file` endpoint (a report's spreadsheet, a CSV export) is fetched, for a link the browser
 * follows with the session cookie and saves. Only figures and filters go in it, never caller data.
 */
export function fileUrl<E extends Endpoint & { responseKind: 'file' }>(
  endpoint: E,
  input: { params?: Record<string, string | number>; query?: EndpointQuery<E> } = {},
): string {
  return new URL(fillPath(endpoint.path, input.params) + queryString(input.query as object | undefined), document.baseURI).toString();
}
