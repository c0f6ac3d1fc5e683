// Types for pbx/pbx.mjs (plain JS so it runs before anything compiles).

export interface PbxOptions {
  /** SIP over WebSocket port on 127.0.0.1 (PBX_WS_PORT, default 8357). */
  wsPort?: number | string;
  /** SIP over UDP port on 127.0.0.1, for tooling (PBX_UDP_PORT, default 5070). */
  udpPort?: number | string;
  /** Workstation API base URL (PBX_API_URL, default http://127.0.0.1:8356). */
  apiUrl?: string;
  /** Shared secret sent as X-Pbx-Secret (PBX_SHARED_SECRET; required to start). */
  secret?: string;
  /** SIP domain and digest realm (PBX_DOMAIN, default 12356.local). */
  domain?: string;
  /** Run directory: rendered config, pid file, log (PBX_RUN_DIR, default <repo>/.run/pbx). */
  runDir?: string;
  /** How long one phone rings before the hunt moves on (PBX_RING_TIMEOUT_MS, default 30000). */
  ringTimeoutMs?: number | string;
  /** Kamailio debug level, -5..3 (PBX_LOG_LEVEL, default 2). */
  logLevel?: number | string;
  /** How long start waits for the WebSocket port (default 10000). */
  startTimeoutMs?: number;
  /** Path of the kamailio binary (KAMAILIO_BIN; default: PATH, /usr/sbin). */
  kamailio?: string;
  /** Kamailio modules directory (KAMAILIO_MODULES_DIR; default: Debian/usual locations). */
  modulesDir?: string;
  /**
   * Start Kamailio in its own process group (default true: it outlives the starting process).
   * Test rigs may pass false so a signal to their process group also stops Kamailio.
   */
  detached?: boolean;
  /** apt-get install the Debian packages when missing (root on Debian/Ubuntu only). */
  install?: boolean;
  log?: (line: string) => void;
}

export interface ResolvedPbxOptions {
  wsPort: number;
  udpPort: number;
  apiUrl: string;
  secret: string;
  domain: string;
  runDir: string;
  ringTimeoutMs: number;
  logLevel: number;
  startTimeoutMs: number;
  kamailio: string | undefined;
  modulesDir: string | undefined;
}

export interface PbxInfo {
  pid: number;
  wsUrl: string;
  wsPort: number;
  udpPort: number;
  domain: string;
  apiUrl: string;
  runDir: string;
  configFile: string;
  logFile: string;
  /** True when start found this very configuration already running. */
  alreadyRunning: boolean;
}

export interface PbxStatus extends Partial<PbxInfo> {
  running: boolean;
  /** The WebSocket port completed a handshake. */
  answering: boolean;
  pid: number | null;
  runDir: string;
  logFile: string;
  configFile: string;
}

export interface Prerequisites {
  ok: boolean;
  kamailio: string | null;
  modulesDir: string | null;
  missing: string[];
  /** Debian packages that would supply what is missing. */
  packages: string[];
  message: string;
}

export declare const TEMPLATE: string;
export declare const DEBIAN_PACKAGES: readonly string[];
export declare const DEFAULTS: Readonly<{
  wsPort: number;
  udpPort: number;
  apiUrl: string;
  domain: string;
  runDir: string;
  ringTimeoutMs: number;
  logLevel: number;
  startTimeoutMs: number;
}>;

export declare class PbxError extends Error {
  constructor(message: string, hint?: string);
}

export declare function resolveOptions(opts?: PbxOptions, env?: NodeJS.ProcessEnv): ResolvedPbxOptions;
export declare function checkPrerequisites(opts?: Pick<PbxOptions, 'kamailio' | 'modulesDir'>): Prerequisites;
export declare function installPrerequisites(log?: (line: string) => void): void;
export declare function renderConfig(opts?: PbxOptions, modulesDir?: string): string;
export declare function probeWebSocket(port: number, timeoutMs?: number): Promise<boolean>;
export declare function startPbx(opts?: PbxOptions): Promise<PbxInfo>;
export declare function stopPbx(opts?: Pick<PbxOptions, 'runDir'> & { timeoutMs?: number }): Promise<boolean>;
export declare function pbxStatus(opts?: Pick<PbxOptions, 'runDir'>): Promise<PbxStatus>;
export declare function restartPbx(opts?: PbxOptions): Promise<PbxInfo>;
