#!/usr/bin/env node
// `npm start`: the whole workstation on embedded defaults — the API on PGlite with demo
// accounts, the dev PBX (Kamailio, installed with apt-get when run as root on Debian/Ubuntu),
// and the SPA served by the API. `npm run dev` does the same with Vite's hot reload.

import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, startApi, waitForHttp } from './services.mjs';

const dev = process.argv.includes('--dev');
const apiPort = Number(process.env.PORT ?? 8356);
const wsPort = Number(process.env.PBX_WS_PORT ?? 8357);
const npx = join(REPO, 'node_modules', '.bin');

function must(result, what) {
  if (result.status !== 0) {
    console.error(`✖ ${what} failed`);
    process.exit(result.status ?? 1);
  }
}

if (!existsSync(join(npx, 'vite'))) {
  console.log('▶ installing npm packages (first run)');
  must(spawnSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: REPO, stdio: 'inherit' }), 'npm install');
}

const pbx = await import('../pbx/pbx.mjs');
let prerequisites = pbx.checkPrerequisites();
if (!prerequisites.ok && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  console.log(`▶ installing ${prerequisites.packages.join(' ')} with apt-get`);
  pbx.installPrerequisites((line) => console.log(line));
  prerequisites = pbx.checkPrerequisites();
}
if (!prerequisites.ok) {
  console.warn(`⚠ ${prerequisites.message}\n  The workstation starts without its PBX: signing in works, calls do not.`);
}

if (!dev) {
  console.log('▶ building the SPA');
  must(spawnSync(join(npx, 'vite'), ['build', '--logLevel', 'warn'], { cwd: REPO, stdio: 'inherit' }), 'vite build');
}

const secret = process.env.PBX_SHARED_SECRET ?? randomBytes(24).toString('base64url');
const wsUrl = process.env.PBX_WS_URL ?? `ws://127.0.0.1:${wsPort}`;
const api = await startApi({
  env: {
    PORT: String(apiPort),
    PBX_SHARED_SECRET: secret,
    PBX_WS_URL: wsUrl,
    STATIC_DIR: join(REPO, 'dist'),
    // The dev start is a practice system: its caller simulator plays 110/120 on the dev PBX.
    DEMO_PRETEND_NUMBERS: process.env.DEMO_PRETEND_NUMBERS ?? 'true',
  },
});
const children = [];
let pbxStarted = false;
if (prerequisites.ok) {
  await pbx.startPbx({ secret, wsPort, apiUrl: api.url });
  pbxStarted = true;
}

let url = api.url;
if (dev) {
  const vite = spawn(join(npx, 'vite'), [], { cwd: REPO, stdio: 'inherit', env: { ...process.env, API_PORT: String(apiPort) } });
  children.push(vite);
  url = 'http://127.0.0.1:5173';
  await waitForHttp(url);
}

const { register } = await import('tsx/esm/api');
register();
const { demoAccounts } = await import('../server/seed.ts');
console.log(`\n12356 workstation: ${url}\n`);
console.log('Demo accounts (username / password / role):');
for (const account of demoAccounts) console.log(`  ${account.username.padEnd(12)} ${account.password.padEnd(16)} ${account.role}`);
console.log(`\nPBX: ${pbxStarted ? wsUrl : 'not running'} · data: ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite in data/pglite'}`);
console.log('Stop with Ctrl+C.\n');

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  if (pbxStarted) await pbx.stopPbx().catch(() => undefined);
  await api.stop();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
