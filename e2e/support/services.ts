import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { restartPbx, startPbx, stopPbx, type PbxOptions } from '../../pbx/pbx.mjs';
import { freePort, REPO, startApi, type ApiProcess } from '../../scripts/services.mjs';

export interface Services {
  baseUrl: string;
  wsUrl: string;
  domain: string;
  /** Kamailio killed and started again, as a PBX restart mid-shift. */
  restartPbx(): Promise<void>;
  stopPbx(): Promise<void>;
  startPbx(): Promise<void>;
  stopApi(): Promise<void>;
  startApi(): Promise<void>;
  close(): Promise<void>;
}

/** PGlite's first start (migrations, demo seed) took 30 s on a shared 2-core machine under load. */
const API_START_MS = 60_000;

/**
 * One API server (PGlite in a fresh folder, demo accounts) and one Kamailio on free loopback
 * ports, sharing a fresh secret. `ringTimeoutMs` is short so hunting past an unanswered
 * phone does not slow the suite.
 */
export async function startServices({ ringTimeoutMs = 15_000 } = {}): Promise<Services> {
  const [apiPort, wsPort, udpPort] = [await freePort(), await freePort(), await freePort()];
  const dataDir = mkdtempSync(join(tmpdir(), 'e2e-pglite-'));
  const runDir = mkdtempSync(join(tmpdir(), 'e2e-pbx-'));
  const secret = randomBytes(24).toString('base64url');
  const domain = '12356.local';
  const wsUrl = `ws://127.0.0.1:${wsPort}`;
  const apiEnv = {
    PORT: String(apiPort),
    DATA_DIR: dataDir,
    PBX_SHARED_SECRET: secret,
    PBX_WS_URL: wsUrl,
    PBX_DOMAIN: domain,
    STATIC_DIR: join(REPO, 'dist'),
    SEED_DEMO: 'true',
  };
  const pbxOptions: PbxOptions = {
    wsPort,
    udpPort,
    apiUrl: `http://127.0.0.1:${apiPort}`,
    secret,
    domain,
    runDir,
    ringTimeoutMs,
    log: () => undefined,
  };
  const quiet = process.env.E2E_VERBOSE ? 'inherit' : 'ignore';
  let api: ApiProcess | null = await startApi({ env: apiEnv, log: quiet, timeoutMs: API_START_MS });
  await startPbx(pbxOptions);

  return {
    baseUrl: api.url,
    wsUrl,
    domain,
    restartPbx: async () => {
      await restartPbx(pbxOptions);
    },
    stopPbx: async () => {
      await stopPbx({ runDir });
    },
    startPbx: async () => {
      await startPbx(pbxOptions);
    },
    stopApi: async () => {
      await api?.stop();
      api = null;
    },
    startApi: async () => {
      api = await startApi({ env: apiEnv, log: quiet, timeoutMs: API_START_MS });
    },
    close: async () => {
      await stopPbx({ runDir }).catch(() => undefined);
      await api?.stop();
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(runDir, { recursive: true, force: true });
    },
  };
}
