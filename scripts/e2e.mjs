#!/usr/bin/env node
// `npm run test:e2e [-- playwright args]`: builds the SPA, then runs Playwright inside a fresh
// network namespace that has only loopback, so every SIP and RTP packet stays on 127.0.0.1 and
// nothing depends on the machine's network (telephony-facts.md). Falls back to the host's
// loopback, with a warning, where namespaces cannot be made.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './services.mjs';

const args = process.argv.slice(2);
const npx = join(REPO, 'node_modules', '.bin');

function must(result, what) {
  if (result.error) throw result.error;
  if (result.status !== 0) {
    console.error(`✖ ${what} failed`);
    process.exit(result.status ?? 1);
  }
}

function checkBrowser() {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) {
    console.error(`✖ ${chromium} not found. Install Debian's Chromium: apt-get install -y chromium (browsers are not downloaded).`);
    process.exit(1);
  }
}

if (process.env.E2E_IN_NETNS !== '1') {
  checkBrowser();
  if (process.env.E2E_SKIP_BUILD !== '1') must(spawnSync(join(npx, 'vite'), ['build'], { cwd: REPO, stdio: 'inherit' }), 'vite build');
  const isRoot = process.getuid?.() === 0;
  const unshare = isRoot ? ['unshare', '-n'] : ['unshare', '-r', '-n'];
  const probe = spawnSync(unshare[0], [...unshare.slice(1), 'true']);
  if (probe.status === 0 && process.env.E2E_NO_NETNS !== '1') {
    const inner = `ip link set lo up && exec "${process.execPath}" "${join(REPO, 'scripts', 'e2e.mjs')}" "$@"`;
    const result = spawnSync(unshare[0], [...unshare.slice(1), 'sh', '-c', inner, 'e2e', ...args], {
      cwd: REPO,
      stdio: 'inherit',
      env: { ...process.env, E2E_IN_NETNS: '1' },
    });
    process.exit(result.status ?? 1);
  }
  console.warn('⚠ cannot create a network namespace here; running the end-to-end tests on the host loopback');
}

const result = spawnSync(join(npx, 'playwright'), ['test', ...args], { cwd: REPO, stdio: 'inherit' });
process.exit(result.status ?? 1);
