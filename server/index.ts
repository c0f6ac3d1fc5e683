import { serve } from '@hono/node-server';
import { startAlertSweep } from './alerts/sweep';
import { createApp } from './app';
import { loadConfig } from './config';
import { inProcessBus } from './events/bus';
import { postgresBus } from './events/postgres-bus';
import { pbxReleaser } from './queue/release';
import { startRetentionJob } from './retention/job';
import { createCallQueue } from './queue/service';
import { seedDemoAccounts, seedProvince } from './seed';
import { bootstrapAdmin } from './staff-admin/bootstrap';
import { seedNoteChips } from './settings/note-chips';
import { seedCentreSettings } from './shifts/settings';
import { migrate } from './store/migrate';
import { openStore } from './store/open';
import { seedTransferTargets } from './transfers/directory';
import { installBuiltInScenarios } from './training-library/scenarios';
import type { Server } from 'node:http';

const config = loadConfig();
const store = await openStore(config).catch((error: unknown) => {
  // Say why in one line (a second server on the same data folder), not as a stack trace.
  console.error(`12356 API not started: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
const applied = await migrate(store);
if (applied.length > 0) console.log(`migrations applied: ${applied.join(', ')}`);
await seedProvince(store, config.province);
await seedCentreSettings(store, config.centreSettingsOverrides);
await seedNoteChips(store);
await seedTransferTargets(store, config.province);
await installBuiltInScenarios(store);
if (config.seedDemo) await seedDemoAccounts(store);
if (config.bootstrapAdmin) {
  const oneTimePassword = await bootstrapAdmin(store, config.bootstrapAdmin);
  // The one place a one-time password is printed: the operator who started the server reads it once.
  if (oneTimePassword) console.log(`first admin ${config.bootstrapAdmin} created; one-time password (change it at first sign-in): ${oneTimePassword}`);
}

// Processes sharing one PostgreSQL hear each other's changes through it; PGlite has one process.
const live = store.kind === 'postgres' && config.databaseUrl ? postgresBus(store, config.databaseUrl) : inProcessBus();

const queue = createCallQueue({ store, overrides: config.centreSettingsOverrides, live, release: pbxReleaser(config) });
queue.start();
const stopAlertSweep = startAlertSweep({ store, overrides: config.centreSettingsOverrides, live });
const stopRetention = startRetentionJob({ store, overrides: config.centreSettingsOverrides }, config.retentionEveryMin);
const server = serve({ fetch: createApp({ store, config, live, queue }).fetch, hostname: config.host, port: config.port }, (info) => {
  const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
  console.log(`12356 API on http://${host}:${info.port} (store: ${store.kind}${config.seedDemo ? ', demo accounts' : ''}${config.demoPretendNumbers ? ', PRACTICE SERVER: trainers may register as 110/120' : ''})`);
});

// Node closes a keep-alive connection after 5 s idle; a request sent on it as it closes is reset
// (ECONNRESET, seen once in an e2e run). The PBX's http_client keeps its connection (a reset there
// fails a caller's route look-up), and browsers and proxies reuse theirs: idle connections stay
// open longer than those clients keep theirs, so it is the client that closes them.
const http1 = server as Server;
http1.keepAliveTimeout = 75_000;
http1.headersTimeout = 76_000;

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: closing`);
  queue.stop();
  server.close();
  await stopAlertSweep();
  await stopRetention();
  await live.close();
  await store.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
