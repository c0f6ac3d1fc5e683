#!/usr/bin/env node
// `npm test`: every check and every test, in the order that fails fastest. Plain Node ESM so it
// can install what is missing before anything else runs.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './services.mjs';

const seconds = (started) => ((Date.now() - started) / 1000).toFixed(1);

function run(label, command, args, env = {}) {
  const started = Date.now();
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { cwd: REPO, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`✖ ${label} failed after ${seconds(started)} s`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${label} (${seconds(started)} s)`);
}

/** Runs the steps one after another with their output held back; answers it with how they ended. */
async function quietly(steps) {
  let output = '';
  for (const [label, command, args] of steps) {
    const started = Date.now();
    const child = spawn(command, args, { cwd: REPO, env: { ...process.env, FORCE_COLOR: process.stdout.isTTY ? '1' : '0' } });
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const status = await new Promise((resolve) => {
      child.on('error', (error) => {
        output += `${error.message}\n`;
        resolve(1);
      });
      child.on('close', (code) => resolve(code ?? 1));
    });
    if (status !== 0) return { label, status, output, seconds: seconds(started) };
    output += `✔ ${label} (${seconds(started)} s)\n`;
  }
  return { status: 0, output };
}

/**
 * Lint, the type-checks and the SPA build each keep one core busy and need nothing from each
 * other: in two chains on a 2-core machine they take as long as the longer chain, not all of them
 * added up. Each chain's output is shown in one piece once all have ended.
 */
async function inParallel(chains) {
  console.log(`\n▶ ${chains.map((steps) => steps.map(([label]) => label).join(', ')).join(' | ')}`);
  const results = await Promise.all(chains.map(quietly));
  for (const result of results) process.stdout.write(result.output);
  const failed = results.filter((result) => result.status !== 0);
  for (const result of failed) console.error(`✖ ${result.label} failed after ${result.seconds} s`);
  if (failed.length > 0) process.exit(failed[0].status);
}

if (!existsSync(join(REPO, 'node_modules', '.bin', 'vite'))) run('install npm packages', 'npm', ['install', '--no-audit', '--no-fund']);

const npx = join(REPO, 'node_modules', '.bin');
await inParallel([
  [['lint', join(npx, 'eslint'), ['.']]],
  [
    ['type-check (SPA)', join(npx, 'tsc'), ['-p', 'tsconfig.app.json']],
    ['type-check (server, PBX, e2e, bench)', join(npx, 'tsc'), ['-p', 'tsconfig.node.json']],
    ['SPA build for the end-to-end tests', join(npx, 'vite'), ['build']],
  ],
]);
run('unit, component, server and PBX tests', join(npx, 'vitest'), ['run']);
run('end-to-end tests (Chromium, Kamailio, API)', process.execPath, [join(REPO, 'scripts', 'e2e.mjs')], { E2E_SKIP_BUILD: '1' });
