import { readFile } from 'node:fs/promises';
import { expect, inject } from 'vitest';
import { createApp } from '../app';
import { inProcessBus, type LiveBus } from '../events/bus';
import { createCallQueue, type CallQueue } from '../queue/service';
import type { ReleaseCall } from '../queue/release';
import { loadConfig, type Config } from '../config';
import { demoAccounts } from '../seed';
import { seedCentreSettings } from '../shifts/settings';
import { openPglite } from '../store/pglite';
import type { Store } from '../store/store';

export const pbxSecret = 'test-pbx-secret-0123456789';

/** One request; `cookie` is a `sid=…` pair, a JSON `body` sets the content type. */
export type Call = (
  method: string,
  path: string,
  options?: { cookie?: string; body?: unknown; headers?: Record<string, string> },
) => Promise<Response>;

export interface Harness {
  store: Store;
  config: Config;
  call: Call;
  /** Signs in a demo account and returns its cookie pair. */
  signIn(username: string): Promise<string>;
  /** Signs in, registers the softphone and clocks in: what makes a counsellor's seat ring. */
  onSeat(username: string): Promise<string>;
  pbx(path: string, headers?: Record<string, string>): Promise<Response>;
  /** The app's call queue (no sweep runs: tests dispatch when they mean to) and its bus. */
  queue: CallQueue;
  live: LiveBus;
  close(): Promise<void>;
}

export function demoPassword(username: string): string {
  const account = demoAccounts.find((a) => a.username === username);
  if (!account) throw new Error(`no demo account ${username}`);
  return account.password;
}

/**
 * Requests to an app as the SPA makes them: the session cookie, and a body only as JSON with its
 * content type, which is what the CSRF guard lets through.
 */
export function requestsTo(app: { request(path: string, init: RequestInit): Response | Promise<Response> }): Call {
  return (method, path, { cookie, body, headers = {} } = {}) =>
    Promise.resolve(
      app.request(path, {
        method,
        headers: {
          ...(cookie && { cookie }),
          ...(body !== undefined && { 'content-type': 'application/json' }),
          ...headers,
        },
        ...(body !== undefined && { body: typeof body === 'string' ? body : JSON.stringify(body) }),
      }),
    );
}

/** The answer's JSON, once the status is the one expected. */
export async function okJson<T>(res: Response, status = 200): Promise<T> {
  expect(res.status).toBe(status);
  return (await res.json()) as T;
}

interface HarnessOptions {
  config?: Partial<Config>;
  /** The live-change bus the app publishes to and streams from (a test may watch or feed it). */
  live?: LiveBus;
  clientAddress?: string | (() => string | undefined);
  /** How the queue releases a call at the PBX; by default every release succeeds. */
  release?: ReleaseCall;
}

let template: Promise<Blob> | undefined;

/**
 * A migrated, seeded in-memory database (a copy of the one pglite-template.ts builds once per
 * run) and an app over it, peers seen as loopback unless told; a function as `clientAddress`
 * lets a test change the peer between requests.
 */
export async function createHarness(options: HarnessOptions = {}): Promise<Harness> {
  template ??= readFile(inject('pgliteTemplate')).then((bytes) => new Blob([bytes]));
  const store = await openPglite(undefined, await template);
  const h = harnessFor(store, options);
  await seedCentreSettings(store, h.config.centreSettingsOverrides);
  return h;
}

/** The app and its helpers over a store the caller prepares (the PostgreSQL tests migrate and seed their own). */
export function harnessFor(store: Store, options: HarnessOptions = {}): Harness {
  const config: Config = {
    ...loadConfig({}),
    pbxSharedSecret: pbxSecret,
    staticDir: '/nonexistent-static-dir',
    ...options.config,
  };
  const peer = options.clientAddress ?? '127.0.0.1';
  const live = options.live ?? inProcessBus();
  const queue = createCallQueue({ store, overrides: config.centreSettingsOverrides, live, release: options.release ?? (async () => 'released') });
  const call = requestsTo(createApp({ store, config, clientAddress: typeof peer === 'function' ? peer : () => peer, live, queue }));

  async function signIn(username: string): Promise<string> {
    const res = await call('POST', '/api/session', { body: { username, password: demoPassword(username) } });
    if (res.status !== 200) throw new Error(`sign-in of ${username} failed: ${res.status}`);
    const pair = res.headers.get('set-cookie')?.split(';')[0];
    if (!pair) throw new Error('no session cookie');
    return pair;
  }

  return {
    store,
    config,
    call,
    signIn,
    async onSeat(username) {
      const cookie = await signIn(username);
      const credentials = await call('POST', '/api/sip/credentials', { cookie, body: { tabId: `tab-${username}` } });
      if (credentials.status !== 200) throw new Error(`SIP credentials of ${username} failed: ${credentials.status}`);
      const clockIn = await call('POST', '/api/shift/clock-in', { cookie });
      if (clockIn.status !== 200) throw new Error(`clock-in of ${username} failed: ${clockIn.status}`);
      return cookie;
    },
    pbx: (path, headers = { 'x-pbx-secret': pbxSecret }) => call('GET', path, { headers }),
    queue,
    live,
    close: () => store.close(),
  };
}
