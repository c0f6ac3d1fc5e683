import { createRoute, type RouteConfig } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { z } from 'zod';
import { api, ErrorBody, type Endpoint } from '../../src/contract';
import { adminStaffEndpoints } from '../../src/contract/api-admin-staff';
import type { SignedIn } from '../auth/sessions';
import { ApiError } from './errors';
import { runInTrainingScope } from '../training/scope';
import { guardFor } from './guards';
import type { App, AppEnv, Deps } from './types';
import { assertStorableStrings, parseOrThrow } from './validation';

/** Paths a session on a one-time password may still call (guards.ts). */
const answeredBeforePasswordChange = new Set<string>([api.me.path, api.logout.path, adminStaffEndpoints.changePassword.path]);

type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface HandlerInput<E extends Endpoint> {
  c: Context<AppEnv>;
  params: Out<E['params']>;
  query: Out<E['query']>;
  body: Out<E['body']>;
  /** The signed-in caller; absent on public and PBX endpoints. */
  auth: E['access'] extends 'public' | 'pbx' ? undefined : SignedIn;
}

/**
 * JSON endpoints answer what their response schema accepts. Text endpoints (the PBX's) answer a
 * string, or null for 404 with an empty body, which is how Kamailio's http_client reads "none",
 * or `{ notFound }` for a 404 whose body says why (http_client keeps the body of a 4xx too).
 * Event endpoints answer the stream's Response, whose events are written as they happen.
 */
export type Answer<E extends Endpoint> = E['responseKind'] extends 'text'
  ? string | null | { notFound: string }
  : E['responseKind'] extends 'events'
    ? Response
    : E['responseKind'] extends 'file'
      ? FileAnswer
      : z.input<E['response']>;

/** A download (a report's .xlsx, a CSV export): saved by the browser under `filename`. */
export interface FileAnswer {
  body: string | Uint8Array;
  contentType: string;
  /** ASCII or not: it is sent RFC 6266-encoded. */
  filename: string;
}

export type Handler<E extends Endpoint> = (input: HandlerInput<E>) => Promise<Answer<E>>;

const mediaTypes = { json: 'application/json', text: 'text/plain', events: 'text/event-stream', file: 'application/octet-stream' } as const;

const errorContent = { 'application/json': { schema: ErrorBody } };

function security(access: Endpoint['access']): RouteConfig['security'] {
  if (access === 'public') return [];
  return access === 'pbx' ? [{ pbxSecret: [] }] : [{ sessionCookie: [] }];
}

function describe(endpoint: Endpoint): RouteConfig {
  const access = endpoint.access;
  const who = typeof access === 'string' ? access : `roles: ${access.join(', ')}`;
  const hasInput = Boolean(endpoint.params ?? endpoint.query ?? endpoint.body);
  const success = endpoint.successStatus ?? 200;
  return createRoute({
    method: endpoint.method,
    path: endpoint.path,
    summary: endpoint.summary,
    description: `Access: ${who}.`,
    tags: [endpoint.tag],
    security: security(access),
    request: {
      ...(endpoint.params && { params: endpoint.params }),
      ...(endpoint.query && { query: endpoint.query }),
      ...(endpoint.body && { body: { required: true, content: { 'application/json': { schema: endpoint.body } } } }),
    },
    responses: {
      [success]: {
        description: 'Success',
        ...(success !== 204 && {
          content: { [mediaTypes[endpoint.responseKind ?? 'json']]: { schema: endpoint.response } },
        }),
      },
      ...(hasInput && { 400: { description: 'Invalid input', content: errorContent } }),
      ...(access !== 'public' && {
        401: { description: 'Not signed in (or no PBX secret)', content: errorContent },
        403: { description: 'Not allowed', content: errorContent },
      }),
      default: { description: 'Error', content: errorContent },
    },
  });
}

async function readJson(c: Context): Promise<unknown> {
  const text = await c.req.text();
  if (text.length === 0) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiError(400, 'validation');
  }
}

/**
 * The only way an endpoint gets served: it is documented in the OpenAPI registry from the contract,
 * guarded by its `access`, its input parsed with the contract's schemas, and its answer passed
 * through the response schema, which also strips any field the contract does not name.
 */
export function route<E extends Endpoint>(app: App, deps: Deps, endpoint: E, handler: Handler<E>): void {
  const guard = guardFor(endpoint.access, deps, { beforePasswordChange: answeredBeforePasswordChange.has(endpoint.path) });
  app.openAPIRegistry.registerPath(describe(endpoint));
  const honoPath = endpoint.path.replace(/\{(\w+)\}/g, ':$1');

  app.on(endpoint.method.toUpperCase(), honoPath, guard, async (c) => {
    const input = {
      c,
      params: endpoint.params ? parseOrThrow(endpoint.params, c.req.param()) : undefined,
      query: endpoint.query ? parseOrThrow(endpoint.query, c.req.query()) : undefined,
      body: endpoint.body ? parseOrThrow(endpoint.body, await readJson(c)) : undefined,
      auth: c.get('auth'),
    } as HandlerInput<E>;
    // After the schemas, whose messages are more precise, for every field they leave open.
    for (const part of [input.params, input.query, input.body]) assertStorableStrings(part);
    const scope = await deps.trainingScopeOf(endpoint, input);
    const answer: unknown = await (scope ? runInTrainingScope(scope, () => handler(input)) : handler(input));
    // Whatever a request wrote of a mock call, its trainer's console reads again: a save no real
    // board would hear of (a location typed, a note) included.
    if (scope && endpoint.method !== 'get') await deps.live.publish({ kind: 'training', trainingCallId: scope.trainingCallId });
    const status = endpoint.successStatus ?? 200;

    if (endpoint.responseKind === 'events') return answer as Response;
    if (endpoint.responseKind === 'file') return fileResponse(answer as FileAnswer);
    if (endpoint.responseKind === 'text') {
      if (typeof answer === 'string') return c.text(answer, 200);
      return answer && typeof answer === 'object' && 'notFound' in answer ? c.text(String(answer.notFound), 404) : c.body(null, 404);
    }
    if (status === 204) return c.body(null, 204);
    return c.json(endpoint.response.parse(answer) as object, status);
  });
}

function fileResponse({ body, contentType, filename }: FileAnswer): Response {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return new Response(typeof body === 'string' ? body : new Blob([body as Uint8Array<ArrayBuffer>]), {
    headers: {
      'Content-Type': contentType,
      'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      // A report or an export holds what only its reader may see.
      'Cache-Control': 'no-store',
    },
  });
}
