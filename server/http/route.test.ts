import { OpenAPIHono } from '@hono/zod-openapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { endpoint, plainText, type Endpoint } from '../../src/contract';
import { createHarness, requestsTo, type Harness } from '../testing/harness';
import { handleError } from './errors';
import { route } from './route';
import { inProcessBus } from '../events/bus';
import type { AppEnv } from './types';

const supervisorNote = endpoint({
  method: 'post',
  path: '/api/test/{id}',
  summary: 'test endpoint',
  tag: 'test',
  access: ['supervisor'],
  params: z.object({ id: z.string().regex(/^\d+$/, { message: 'test.digits' }) }),
  body: z.object({ note: plainText(10) }),
  response: z.object({ id: z.string(), note: z.string() }),
});

let h: Harness;
const app = new OpenAPIHono<AppEnv>();
app.onError(handleError);

beforeAll(async () => {
  h = await createHarness();
  route(app, { store: h.store, config: h.config, clientAddress: () => '127.0.0.1', live: inProcessBus(), queue: h.queue, trainingScopeOf: async () => undefined }, supervisorNote, async ({ params, body, auth }) => {
    const row = { id: params.id, note: `${auth.username}: ${body.note}`, passwordHash: 'must not leak' };
    return row;
  });
});
afterAll(() => h.close());

const call = requestsTo(app);
const post = (path: string, cookie: string | undefined, body: unknown) => call('POST', path, { body, ...(cookie && { cookie }) });

describe('route()', () => {
  it('checks access before it looks at the input', async () => {
    expect((await post('/api/test/x', undefined, {})).status).toBe(401);
    const counsellor = await h.signIn('counsellor1');
    const res = await post('/api/test/x', counsellor, {});
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ error: { code: 'forbidden' } });
  });

  it('validates path parameters and body with the endpoint schemas', async () => {
    const supervisor = await h.signIn('supervisor1');
    const res = await post('/api/test/x', supervisor, { note: 'far too long a note' });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: {
        code: 'validation',
        issues: [{ path: ['id'], message: 'test.digits' }],
      },
    });
    const body = await post('/api/test/7', supervisor, { note: 'far too long a note' });
    expect(await body.json()).toEqual({
      error: { code: 'validation', issues: [{ path: ['note'], message: 'text.tooLong' }] },
    });
  });

  it('answers through the response schema, dropping fields the contract does not name', async () => {
    const supervisor = await h.signIn('supervisor1');
    const res = await post('/api/test/7', supervisor, { note: 'ok' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ id: '7', note: 'supervisor1: ok' });
  });

  it('refuses to register an endpoint that does not say who may call it', () => {
    const deps = { store: h.store, config: h.config, clientAddress: () => undefined, live: inProcessBus(), queue: h.queue, trainingScopeOf: async () => undefined };
    for (const access of [undefined, [], 'everyone']) {
      const loose = { ...supervisorNote, path: '/api/test/loose', access } as unknown as Endpoint;
      expect(() => route(app, deps, loose, async () => ({ id: '1', note: '' })), String(access)).toThrow();
    }
    expect(app.openAPIRegistry.definitions.some((d) => d.type === 'route' && d.route.path === '/api/test/loose')).toBe(false);
  });

  it('documents the endpoint with its security', () => {
    const doc = app.getOpenAPI31Document({ openapi: '3.1.0', info: { title: 't', version: '1' } });
    const operation = doc.paths?.['/api/test/{id}']?.post;
    expect(operation?.security).toEqual([{ sessionCookie: [] }]);
    expect(operation?.description).toBe('Access: roles: supervisor.');
    expect(Object.keys(operation?.responses ?? {})).toEqual(['200', '400', '401', '403', 'default']);
  });
});
