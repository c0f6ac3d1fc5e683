// Starts and stops the workstation's own processes (the API server) for the start script, the
// end-to-end tests and the benchmarks. Plain Node ESM with builtins only.

import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** A free TCP port on loopback, picked by the kernel. */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

export async function waitForHttp(url, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
      lastError = new Error(`${url} answered ${response.status}`);
    } catch (error) {
      lastError = error;
    }
    await new Promise((wait) => setTimeout(wait, 100));
  }
  throw new Error(`${url} did not come up in ${timeoutMs} ms: ${lastError?.message ?? 'no answer'}`);
}

/**
 * Starts the API server (tsx, no build step). `env` adds to the environment: PORT, DATA_DIR,
 * PBX_SHARED_SECRET, PBX_WS_URL, STATIC_DIR… Resolves once /api/health answers.
 */
export async function startApi({ env = {}, log = 'inherit', timeoutMs = 30_000 } = {}) {
  const port = Number(env.PORT ?? 8356);
  const child = spawn(process.execPath, ['--import', 'tsx', join(REPO, 'server', 'index.ts')], {
    cwd: REPO,
    env: { ...process.env, ...env },
    stdio: ['ignore', log, log],
  });
  const exited = new Promise((resolveExit) => child.once('exit', (code, signal) => resolveExit({ code, signal })));
  const url = `http://127.0.0.1:${port}`;
  await Promise.race([
    waitForHttp(`${url}/api/health`, timeoutMs),
    exited.then(({ code, signal }) => {
      throw new Error(`API server exited while starting (code ${code}, signal ${signal})`);
    }),
  ]);
  return {
    url,
    port,
    pid: child.pid,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}
