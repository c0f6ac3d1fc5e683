#!/usr/bin/env node
// `npm test`: every check and every test, in the order that fails fastest. Plain Node ESM so it
// can install what is missing before anything else runs.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './services.mjs';

function run(label, command, args, env = {}) {
  const started = Date.now();
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { cwd: REPO, stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`✖ ${label} failed after ${seconds} s`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${label} (${seconds} s)`);
}

if (!existsSync(join(REPO, 'node_modules', '.bin', 'vite'))) run('install npm packages', 'npm', ['install', '--no-audit', '--no-fund']);

const npx = join(REPO, 'node_modules', '.bin');
run('lint', join(npx, 'eslint'), ['.']);
run('type-check (SPA)', join(npx, 'tsc'), ['-p', 'tsconfig.app.json']);
run('type-check (server, PBX, e2e, bench)', join(npx, 'tsc'), ['-p', 'tsconfig.node.json']);
run('unit, component, server and PBX tests', join(npx, 'vitest'), ['run']);
run('end-to-end tests (Chromium, Kamailio, API)', process.execPath, [join(REPO, 'scripts', 'e2e.mjs')]);
