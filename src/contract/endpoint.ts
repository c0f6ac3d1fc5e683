import type { z } from 'zod';
import type { Role } from './roles';

/**
 * Who may call an endpoint. `pbx` is the dev/test PBX calling back into the API with the shared
 * secret; it never reaches a browser.
 */
export type Access = 'public' | 'signed-in' | 'pbx' | readonly Role[];

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface Endpoint {
  readonly method: HttpMethod;
  /** OpenAPI-style path, parameters in braces: `/api/contacts/{id}`. */
  readonly path: string;
  readonly summary: string;
  readonly tag: string;
  readonly access: Access;
  readonly params?: z.ZodObject;
  readonly query?: z.ZodObject;
  readonly body?: z.ZodType;
  /**
   * JSON body of a 2xx answer; `text` endpoints answer text/plain (the PBX reads them); `events`
   * endpoints answer text/event-stream, each event's data one `response` value; `file` endpoints
   * answer a download (a spreadsheet, a CSV file) the browser saves, fetched by link (fileUrl).
   */
  readonly response: z.ZodType;
  readonly responseKind?: 'json' | 'text' | 'events' | 'file';
  readonly successStatus?: 200 | 201 | 204;
}

export function endpoint<const E extends Endpoint>(definition: E): E {
  return definition;
}

type Infer<S> = S extends z.ZodType ? z.output<S> : undefined;
type InferInput<S> = S extends z.ZodType ? z.input<S> : undefined;

export type EndpointParams<E extends Endpoint> = Infer<E['params']>;
export type EndpointQuery<E extends Endpoint> = InferInput<E['query']>;
export type EndpointBody<E extends Endpoint> = InferInput<E['body']>;
export type EndpointResponse<E extends Endpoint> = z.output<E['response']>;

/** Fills `{name}` placeholders; values are URL-encoded so an id can never reshape the path. */
export function fillPath(path: string, params: Record<string, string | number> | undefined): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined) throw new Error(`missing path parameter ${name}`);
    return encodeURIComponent(String(value));
  });
}
