import { createApp } from '../app';
import { loadConfig, type Config } from '../config';
import { demoAccounts, seedDemoAccounts, seedProvince } from '../seed';
import { seedNoteChips } from '../settings/note-chips';
import { seedCentreSettings } from '../shifts/settings';
import { migrate } from '../store/migrate';
import { openPglite } from '../store/pglite';
import type { Store } from '../store/store';
import { seedTransferTargets } from '../transfers/directory';

export const pbxSecret = 'test-pbx-secret-0123456789';

export interface Harness {
  store: Store;
  config: Config;
  /** One request; `cookie` is a `sid=…` pair, a JSON `body` sets the content type. */
  call(method: string, path: string, options?: { cookie?: string; body?: unknown; headers?: Record<string, string> }): Promise<Response>;
  /** Signs in a demo account and returns its cookie pair. */
  signIn(username: string): Promise<string>;
  /** Signs in, registers the softphone and clocks in: what makes a counsellor's seat ring. */
  onSeat(username: string): Promise<string>;
  pbx(path: string, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

export function demoPassword(username: string): string {
  const account = demoAccounts.find((a) => a.username === username);
  if (!account) throw new Error(`no demo account ${username}`);
  return account.password;
}

/**
 * A migrated, seeded in-memory database and an app over it, peers seen as loopback unless told;
 * a function as `clientAddress` lets a test change the peer between requests.
 */
export async function createHarness(
  options: { config?: Partial<Config>; clientAddress?: string | (() => string | undefined) } = {},
): Promise<Harness> {
  const store = await openPglite();
  await migrate(store);
  await seedProvince(store, 'fujian');
  await seedDemoAccounts(store);
  await seedNoteChips(store);
  await seedTransferTargets(store, 'fujian');
  const config: Config = {
    ...loadConfig({}),
    pbxSharedSecret: pbxSecret,
    staticDir: '/nonexistent-static-dir',
    ...options.config,
  };
  await seedCentreSettings(store, config.centreSettingsOverrides);
  const peer = options.clientAddress ?? '127.0.0.1';
  const app = createApp({ store, config, clientAddress: typeof peer === 'function' ? peer : () => peer });

  const call: Harness['call'] = (method, path, { cookie, body, headers = {} } = {}) =>
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
    close: () => store.close(),
  };
}
