// The dev/test PBX's options: defaults, flags and environment resolved and checked (pbx.mjs).

import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import process from 'node:process';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(HERE, '..');
export const TEMPLATE = join(HERE, 'kamailio.cfg');

export const DEFAULTS = Object.freeze({
  wsPort: 8357,
  udpPort: 5070,
  apiUrl: 'http://127.0.0.1:8356',
  domain: '12356.local',
  runDir: join(REPO, '.run', 'pbx'),
  ringTimeoutMs: 30000,
  logLevel: 2,
  startTimeoutMs: 10000,
});

export class PbxError extends Error {
  constructor(message, hint) {
    super(hint ? `${message}\n${hint}` : message);
    this.name = 'PbxError';
  }
}

function int(value, name, min, max) {
  const n = typeof value === 'number' ? value : Number.parseInt(String(value), 10);
  if (!Number.isInteger(n) || n < min || n > max) throw new PbxError(`${name} must be an integer from ${min} to ${max}, got ${value}`);
  return n;
}

/** Options from the argument, then the environment, then defaults. */
export function resolveOptions(opts = {}, env = process.env) {
  const pick = (key, envName) => opts[key] ?? (env[envName] !== undefined && env[envName] !== '' ? env[envName] : undefined) ?? DEFAULTS[key];
  const o = {
    wsPort: int(pick('wsPort', 'PBX_WS_PORT'), 'WebSocket port', 1, 65535),
    udpPort: int(pick('udpPort', 'PBX_UDP_PORT'), 'UDP port', 1, 65535),
    apiUrl: String(pick('apiUrl', 'PBX_API_URL')).replace(/\/+$/, ''),
    secret: opts.secret ?? env.PBX_SHARED_SECRET ?? '',
    domain: String(pick('domain', 'PBX_DOMAIN')),
    runDir: resolve(String(pick('runDir', 'PBX_RUN_DIR'))),
    ringTimeoutMs: int(pick('ringTimeoutMs', 'PBX_RING_TIMEOUT_MS'), 'ring timeout', 1000, 600000),
    logLevel: int(pick('logLevel', 'PBX_LOG_LEVEL'), 'log level', -5, 3),
    startTimeoutMs: int(opts.startTimeoutMs ?? DEFAULTS.startTimeoutMs, 'start timeout', 100, 120000),
    kamailio: opts.kamailio ?? env.KAMAILIO_BIN ?? undefined,
    modulesDir: opts.modulesDir ?? env.KAMAILIO_MODULES_DIR ?? undefined,
  };
  if (o.wsPort === o.udpPort) {
    // Different protocols could share a number, but one port per purpose avoids confusion.
    throw new PbxError('WebSocket and UDP ports must differ');
  }
  return o;
}

export function paths(runDir) {
  return {
    config: join(runDir, 'kamailio.cfg'),
    pidFile: join(runDir, 'kamailio.pid'),
    log: join(runDir, 'kamailio.log'),
    state: join(runDir, 'pbx.json'),
  };
}

// Values end up inside double-quoted Kamailio strings, some of which are parsed for
// pseudo-variables ($...), so refuse characters that would break out or be interpreted.
export function validateForConfig(o) {
  if (!o.secret) {
    throw new PbxError('PBX_SHARED_SECRET is not set.', 'Set it to the same value the API uses (env PBX_SHARED_SECRET, or --secret).');
  }
  if (!/^[A-Za-z0-9._~+/=:@!*,^-]{8,256}$/.test(o.secret)) {
    throw new PbxError('PBX_SHARED_SECRET must be 8-256 characters of A-Z a-z 0-9 . _ ~ + / = : @ ! * , ^ - (no quotes, $, % or spaces: it is written into the Kamailio config).');
  }
  let url;
  try {
    url = new URL(o.apiUrl);
  } catch {
    throw new PbxError(`API URL is not a URL: ${o.apiUrl}`);
  }
  if (!/^https?:$/.test(url.protocol) || /["$%\\\s{}]/.test(o.apiUrl) || url.search || url.hash) {
    throw new PbxError(`API URL must be a plain http(s) URL without query, quotes, $ or %: ${o.apiUrl}`);
  }
  if (!/^[A-Za-z0-9.-]{1,128}$/.test(o.domain)) throw new PbxError(`PBX domain must be a host name: ${o.domain}`);
  if (/["$%\\]/.test(o.runDir)) throw new PbxError(`run directory must not contain quotes, $, % or backslashes: ${o.runDir}`);
}
