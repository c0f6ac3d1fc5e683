import { AsyncLocalStorage } from 'node:async_hooks';
import type { MiddlewareHandler } from 'hono';
import { requesterAddress } from './client-address';
import type { AppEnv, Deps } from './types';

/** Where the request under way comes from: read by audit() so its ~40 callers need not pass it. */
export interface RequestOrigin {
  clientAddress: string;
  /** The browser in a few words (`Chrome 131 · Windows`), or the header cut short. */
  userAgent: string | null;
}

const origins = new AsyncLocalStorage<RequestOrigin>();

/** Undefined outside a request: a scheduled job, a start-up seed. */
export function currentOrigin(): RequestOrigin | undefined {
  return origins.getStore();
}

export function runWithOrigin<T>(origin: RequestOrigin, fn: () => Promise<T>): Promise<T> {
  return origins.run(origin, fn);
}

export function requestOrigin(deps: Pick<Deps, 'clientAddress' | 'config'>): MiddlewareHandler<AppEnv> {
  return (c, next) =>
    runWithOrigin({ clientAddress: requesterAddress(c, deps), userAgent: shortUserAgent(c.req.header('user-agent')) }, next);
}

const browsers: [RegExp, string][] = [
  [/Edg\/(\d+)/, 'Edge'],
  [/OPR\/(\d+)/, 'Opera'],
  [/(?:Chrome|Chromium|HeadlessChrome)\/(\d+)/, 'Chrome'],
  [/Firefox\/(\d+)/, 'Firefox'],
  [/Version\/(\d+)[.\d]* (?:Mobile\/\S+ )?Safari/, 'Safari'],
];
const systems: [RegExp, string][] = [
  [/Windows/, 'Windows'],
  [/Android/, 'Android'],
  [/iPhone|iPad|iOS/, 'iOS'],
  [/Mac OS X|Macintosh/, 'macOS'],
  [/CrOS/, 'ChromeOS'],
  [/Linux/, 'Linux'],
];
const longest = 120;

/**
 * A full user-agent header is long and says little an auditor needs; browser, major version and
 * system are enough to tell a counsellor's usual machine from another. Unknown agents (curl, a
 * script) are kept, cut short, since they are the interesting ones.
 */
export function shortUserAgent(header: string | undefined): string | null {
  const value = header?.trim();
  if (!value) return null;
  const browser = browsers.map(([pattern, name]) => [pattern.exec(value), name] as const).find(([match]) => match);
  const system = systems.find(([pattern]) => pattern.test(value))?.[1];
  if (!browser?.[0]) return value.slice(0, longest);
  const named = `${browser[1]} ${browser[0][1]}`;
  return system ? `${named} · ${system}` : named;
}
