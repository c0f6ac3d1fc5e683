/**
 * The API for bench/sse-fanout.bench.mjs, as a child process so that its memory is the server's
 * alone: PGlite in memory, the demo accounts, and `SUBSCRIBERS` supervisors of Fuzhou with a
 * session each (the session cap is per account, so one account cannot hold a thousand streams).
 * Over IPC it answers `{ memory }` with its RSS and heap after a full collection.
 */
import { randomUUID } from 'node:crypto';
import { serve } from '@hono/node-server';
import { createApp } from '../server/app';
import { SESSION_COOKIE, startSession } from '../server/auth/sessions';
import { loadConfig } from '../server/config';
import { seedDemoAccounts, seedProvince } from '../server/seed';
import { seedCentreSettings } from '../server/shifts/settings';
import { migrate } from '../server/store/migrate';
import { openPglite } from '../server/store/pglite';

const subscribers = Number(process.env.SUBSCRIBERS ?? 1000);
const config = { ...loadConfig({}), staticDir: '/nonexistent-static-dir' };
const store = await openPglite();
await migrate(store);
await seedProvince(store, 'fujian');
await seedDemoAccounts(store);
await seedCentreSettings(store, config.centreSettingsOverrides);

const cookies: string[] = [];
for (let index = 0; index < subscribers; index++) {
  const id = randomUUID();
  await store.query(
    `insert into staff (id, username, display_name, role, centre_area_code, sip_username, password_hash)
     values ($1, $2, $3, 'supervisor', '0591', $4, 'not-a-password')`,
    [id, `bench-supervisor-${index}`, `督导${index}`, `9${String(index).padStart(5, '0')}`],
  );
  cookies.push(`${SESSION_COOKIE}=${await startSession(store, id)}`);
}

const memory = () => {
  (globalThis as { gc?: () => void }).gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  return { rssMb: rss / 2 ** 20, heapMb: heapUsed / 2 ** 20 };
};

const server = serve({ fetch: createApp({ store, config }).fetch, hostname: '127.0.0.1', port: 0 }, (info) => {
  process.send?.({ ready: { port: info.port, cookies } });
});

process.on('message', (message: { memory?: true; stop?: true }) => {
  if (message.memory) process.send?.({ memory: memory() });
  if (message.stop) {
    server.close();
    void store.close().then(() => process.exit(0));
  }
});
