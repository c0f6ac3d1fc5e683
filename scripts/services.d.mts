// Types for scripts/services.mjs.

export declare const REPO: string;
export declare function freePort(): Promise<number>;
export declare function waitForHttp(url: string, timeoutMs?: number): Promise<void>;

export interface ApiProcess {
  url: string;
  port: number;
  pid: number | undefined;
  stop(): Promise<void>;
}

export declare function startApi(options?: {
  env?: Record<string, string>;
  /** Where the server's stdout and stderr go: as for spawn's stdio, or a file descriptor opened for append. */
  log?: 'inherit' | 'ignore' | 'pipe' | number;
  timeoutMs?: number;
}): Promise<ApiProcess>;
