import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
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
  /** Everything the API server and Kamailio have written so far (stdout, stderr, log). */
  output(): string;
  close(): Promise<void>;
}

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
    // The caller simulator registers as pretend 110/120 and callers' mobiles.
    DEMO_PRETEND_NUMBERS: 'true',
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
  // The API's output goes to a file the tests read (no caller number may reach it); E2E_VERBOSE
  // shows it on the terminal instead.
  const apiLogFile = join(runDir, 'api.log');
  const apiLog = process.env.E2E_VERBOSE ? 'inherit' : openSync(apiLogFile, 'a');
  // A cold start compiles the server with tsx: on a loaded two-core machine that took 37 s.
  const apiTimeoutMs = 120_000;
  let api: ApiProcess | null = await startApi({ env: apiEnv, log: apiLog, timeoutMs: apiTimeoutMs });
  const pbx = await startPbx(pbxOptions);
  const read = (file: string) => {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return '';
    }
  };

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
      api = await startApi({ env: apiEnv, log: apiLog, timeoutMs: apiTimeoutMs });
    },
    output: () => `${read(apiLogFile)}\n${read(pbx.logFile)}`,
    close: async () => {
      await stopPbx({ runDir }).catch(() => undefined);
      await api?.stop();
      if (typeof apiLog === 'number') closeSync(apiLog);
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(runDir, { recursive: true, force: true });
    },
  };
}
