#!/usr/bin/env node
// `npm run bench`: builds the SPA, prints the bundle size of the counsellor's screen, then runs the
// call benchmarks (real Chromium, Kamailio, API) in a loopback-only network namespace.

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO } from './services.mjs';

const npx = join(REPO, 'node_modules', '.bin');
const run = (command, args, env = {}) => {
  const result = spawnSync(command, args, { cwd: REPO, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run(join(npx, 'vite'), ['build', '--logLevel', 'warn']);
run(process.execPath, [join(REPO, 'bench', 'bundle-size.mjs')]);
run(process.execPath, [join(REPO, 'scripts', 'e2e.mjs'), '--config', 'bench/playwright.config.ts', ...process.argv.slice(2)], {
  E2E_SKIP_BUILD: '1',
});
