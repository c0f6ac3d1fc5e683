#!/usr/bin/env node
// Dev/test PBX launcher: renders pbx/kamailio.cfg into a run directory, checks it with
// `kamailio -c`, starts Kamailio on loopback, and waits until its WebSocket port completes a
// SIP WebSocket handshake. Plain Node ESM with builtins only, so it runs before anything is
// compiled.
//
//   node pbx/pbx.mjs start|stop|status|restart [options]
//
// Options (flag, else environment variable, else default):
//   --ws-port N          PBX_WS_PORT          8357
//   --udp-port N         PBX_UDP_PORT         5070
//   --api-url URL        PBX_API_URL          http://127.0.0.1:8356
//   --secret S           PBX_SHARED_SECRET    (required for start; prefer the env variable)
//   --domain D           PBX_DOMAIN           12356.local
//   --run-dir DIR        PBX_RUN_DIR          <repo>/.run/pbx
//   --ring-timeout MS    PBX_RING_TIMEOUT_MS  30000
//   --log-level N        PBX_LOG_LEVEL        2 (kamailio debug level; 3 = debug)
//   --install            install the Debian packages with apt-get when missing (root only)
//
// Also importable: startPbx(opts), stopPbx(opts), pbxStatus(opts), restartPbx(opts),
// renderConfig(opts), checkPrerequisites(opts), resolveOptions(opts).

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync, openSync, closeSync, rmSync, statSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { createSocket } from 'node:dgram';
import { randomBytes } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import process from 'node:process';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(HERE, '..');
export const TEMPLATE = join(HERE, 'kamailio.cfg');
export const DEBIAN_PACKAGES = ['kamailio', 'kamailio-websocket-modules', 'kamailio-utils-modules'];
/** Modules the config loads that do not come with every Kamailio install. */
const REQUIRED_MODULES = ['tm.so', 'registrar.so', 'nathelper.so', 'xhttp.so', 'websocket.so', 'http_client.so', 'auth.so'];
const MODULE_PACKAGE = {
  'websocket.so': 'kamailio-websocket-modules',
  'http_client.so': 'kamailio-utils-modules',
};

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

function paths(runDir) {
  return {
    config: join(runDir, 'kamailio.cfg'),
    pidFile: join(runDir, 'kamailio.pid'),
    log: join(runDir, 'kamailio.log'),
    state: join(runDir, 'pbx.json'),
  };
}

// Values end up inside double-quoted Kamailio strings, some of which are parsed for
// pseudo-variables ($...), so refuse characters that would break out or be interpreted.
function validateForConfig(o) {
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

function findExecutable(name, extra = []) {
  const dirs = [...(process.env.PATH ?? '').split(':'), '/usr/sbin', '/usr/local/sbin', '/sbin', ...extra].filter(Boolean);
  for (const dir of dirs) {
    const candidate = join(dir, name);
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not here
    }
  }
  return null;
}

function moduleDirCandidates() {
  const triplet = { x64: 'x86_64-linux-gnu', arm64: 'aarch64-linux-gnu', arm: 'arm-linux-gnueabihf', ia32: 'i386-linux-gnu', ppc64: 'powerpc64le-linux-gnu', s390x: 's390x-linux-gnu' }[process.arch];
  return [
    triplet && `/usr/lib/${triplet}/kamailio/modules`,
    '/usr/lib/kamailio/modules',
    '/usr/lib64/kamailio/modules',
    '/usr/local/lib64/kamailio/modules',
    '/usr/local/lib/kamailio/modules',
  ].filter(Boolean);
}

/**
 * Finds kamailio and a modules directory holding every module the config needs.
 * Returns { ok, kamailio, modulesDir, missing: string[], packages: string[], message }.
 */
export function checkPrerequisites(opts = {}) {
  const o = { kamailio: opts.kamailio, modulesDir: opts.modulesDir };
  const kamailio = o.kamailio ? (existsSync(o.kamailio) ? o.kamailio : null) : findExecutable('kamailio');
  const dirs = o.modulesDir ? [o.modulesDir] : moduleDirCandidates();
  let best = null;
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    const missing = REQUIRED_MODULES.filter((m) => !existsSync(join(dir, m)));
    if (!best || missing.length < best.missing.length) best = { dir, missing };
    if (missing.length === 0) break;
  }
  const missing = [];
  const packages = new Set();
  if (!kamailio) {
    missing.push('kamailio');
    DEBIAN_PACKAGES.forEach((p) => packages.add(p));
  }
  if (!best) {
    if (kamailio) missing.push('kamailio modules directory');
    DEBIAN_PACKAGES.forEach((p) => packages.add(p));
  } else {
    for (const m of best.missing) {
      missing.push(m);
      packages.add(MODULE_PACKAGE[m] ?? 'kamailio');
    }
  }
  const ok = missing.length === 0;
  const message = ok
    ? `kamailio ${kamailio}, modules ${best.dir}`
    : `The dev PBX needs Kamailio 5.6+ with its WebSocket and http_client modules; missing: ${missing.join(', ')}.\n` +
      `On Debian/Ubuntu: sudo apt-get install -y ${[...packages].join(' ')}\n` +
      `(or run this script as root with --install). Elsewhere, set KAMAILIO_BIN and KAMAILIO_MODULES_DIR.`;
  return { ok, kamailio, modulesDir: best?.dir ?? null, missing, packages: [...packages], message };
}

/** Installs the Debian packages with apt-get (root on Debian/Ubuntu only). */
export function installPrerequisites(log = console.log) {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) {
    throw new PbxError('--install needs root.', `Run: sudo apt-get install -y ${DEBIAN_PACKAGES.join(' ')}`);
  }
  if (!existsSync('/etc/debian_version') || !findExecutable('apt-get')) {
    throw new PbxError('--install works on Debian/Ubuntu only (apt-get).', 'Install Kamailio 5.6+ with the websocket, xhttp and http_client modules by other means.');
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  log(`Installing ${DEBIAN_PACKAGES.join(' ')} with apt-get ...`);
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', ...DEBIAN_PACKAGES]]) {
    const r = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (r.status !== 0) throw new PbxError(`apt-get ${args[0]} failed (exit ${r.status}).`);
  }
}

/** The template with placeholders filled in. */
export function renderConfig(options = {}, modulesDir) {
  const o = resolveOptions(options);
  validateForConfig(o);
  const values = {
    WS_PORT: String(o.wsPort),
    UDP_PORT: String(o.udpPort),
    DOMAIN: o.domain,
    API_URL: o.apiUrl,
    PBX_SECRET: o.secret,
    RUN_DIR: o.runDir,
    MODULES_DIR: modulesDir ?? o.modulesDir ?? checkPrerequisites(o).modulesDir ?? '/usr/lib/kamailio/modules',
    RING_TIMEOUT_MS: String(o.ringTimeoutMs),
    NO_REPLY_TIMEOUT_MS: String(Math.min(5000, o.ringTimeoutMs)),
    LOG_LEVEL: String(o.logLevel),
  };
  const text = readFileSync(TEMPLATE, 'utf8').replace(/%%([A-Z_]+)%%/g, (whole, key) => {
    if (!(key in values)) throw new PbxError(`kamailio.cfg template has an unknown placeholder ${whole}`);
    return values[key];
  });
  return text;
}

function readState(runDir) {
  const p = paths(runDir);
  try {
    return JSON.parse(readFileSync(p.state, 'utf8'));
  } catch {
    return null;
  }
}

/** True when pid is a live (not zombie) process whose command line mentions configPath. */
function isOurKamailio(pid, configPath) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (err) {
    if (err.code !== 'EPERM') return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    if (state === 'Z' || state === 'X') return false;
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return cmdline.some((a) => a.endsWith('kamailio')) && cmdline.includes(configPath);
  } catch {
    // No /proc (not Linux): trust kill(0).
    return true;
  }
}

function runningPid(runDir) {
  const p = paths(runDir);
  const state = readState(runDir);
  const candidates = [];
  if (state?.pid) candidates.push(state.pid);
  try {
    candidates.push(Number.parseInt(readFileSync(p.pidFile, 'utf8').trim(), 10));
  } catch {
    // no pid file
  }
  return candidates.find((pid) => isOurKamailio(pid, p.config)) ?? null;
}

function portFree(port, kind) {
  return new Promise((resolveFree) => {
    if (kind === 'udp') {
      const s = createSocket('udp4');
      s.once('error', () => resolveFree(false));
      s.bind(port, '127.0.0.1', () => s.close(() => resolveFree(true)));
    } else {
      const s = createServer();
      s.once('error', () => resolveFree(false));
      s.listen(port, '127.0.0.1', () => s.close(() => resolveFree(true)));
    }
  });
}

/** One SIP WebSocket handshake against the port; resolves true on "101 Switching Protocols". */
export function probeWebSocket(port, timeoutMs = 1000) {
  return new Promise((resolveProbe) => {
    const socket = connect({ host: '127.0.0.1', port });
    let data = '';
    const done = (ok) => {
      clearTimeout(timer);
      socket.destroy();
      resolveProbe(ok);
    };
    const timer = setTimeout(() => done(false), timeoutMs);
    socket.once('error', () => done(false));
    socket.once('connect', () => {
      socket.write(
        `GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
          `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\nSec-WebSocket-Version: 13\r\n` +
          `Sec-WebSocket-Protocol: sip\r\n\r\n`,
      );
    });
    socket.on('data', (chunk) => {
      data += chunk.toString('latin1');
      if (data.includes('\r\n')) done(/^HTTP\/1\.1 101/.test(data));
    });
  });
}

function tail(file, lines = 30) {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Starts Kamailio and resolves once the WebSocket port completes a handshake.
 * Resolves { pid, wsUrl, wsPort, udpPort, domain, apiUrl, runDir, configFile, logFile, alreadyRunning }.
 */
export async function startPbx(options = {}) {
  const o = resolveOptions(options);
  validateForConfig(o);
  let pre = checkPrerequisites(o);
  if (!pre.ok && options.install) {
    installPrerequisites(options.log);
    pre = checkPrerequisites(o);
  }
  if (!pre.ok) throw new PbxError(pre.message);

  const p = paths(o.runDir);
  const info = (pid, alreadyRunning) => ({
    pid,
    wsUrl: `ws://127.0.0.1:${o.wsPort}`,
    wsPort: o.wsPort,
    udpPort: o.udpPort,
    domain: o.domain,
    apiUrl: o.apiUrl,
    runDir: o.runDir,
    configFile: p.config,
    logFile: p.log,
    alreadyRunning,
  });

  const config = renderConfig(o, pre.modulesDir);
  const existing = runningPid(o.runDir);
  if (existing) {
    const current = existsSync(p.config) ? readFileSync(p.config, 'utf8') : '';
    if (current === config && (await probeWebSocket(o.wsPort))) return info(existing, true);
    throw new PbxError(`The PBX is already running (pid ${existing}) with other settings or not answering.`, 'Use "restart", or "stop" first.');
  }

  mkdirSync(o.runDir, { recursive: true });
  // The rendered config holds the shared secret.
  writeFileSync(p.config, config, { mode: 0o600 });
  rmSync(p.pidFile, { force: true });

  const check = spawnSync(pre.kamailio, ['-c', '-f', p.config], { encoding: 'utf8' });
  if (check.status !== 0) {
    throw new PbxError(`kamailio -c rejected ${p.config}:\n${(check.stderr || check.stdout || '').trim()}`);
  }

  for (const [port, kind] of [
    [o.wsPort, 'tcp'],
    [o.udpPort, 'udp'],
  ]) {
    if (!(await portFree(port, kind))) {
      throw new PbxError(`Port ${port}/${kind} on 127.0.0.1 is in use.`, 'Stop whatever uses it, or choose another port (--ws-port / --udp-port).');
    }
  }

  const logFd = openSync(p.log, 'a');
  writeFileSync(logFd, `\n==== ${new Date().toISOString()} starting kamailio (ws ${o.wsPort}, udp ${o.udpPort}, api ${o.apiUrl}) ====\n`);
  // -DD: stay in the foreground (no daemonising) so the pid we get is Kamailio's main process;
  // -E: log to stderr, which goes to the log file. detached (default): own process group, so it
  // outlives the CLI that started it; test rigs pass detached: false so that a signal to their
  // process group (Ctrl+C, a killed test run) takes Kamailio down too.
  const detached = options.detached ?? true;
  const child = spawn(pre.kamailio, ['-f', p.config, '-P', p.pidFile, '-w', o.runDir, '-DD', '-E', '-m', '64', '-M', '8'], {
    cwd: o.runDir,
    detached,
    stdio: ['ignore', logFd, logFd],
  });
  closeSync(logFd);
  let exited = null;
  child.once('exit', (code, signal) => {
    exited = { code, signal };
  });
  child.once('error', (err) => {
    exited = { code: null, signal: null, error: err };
  });
  child.unref();
  writeFileSync(p.state, JSON.stringify({ pid: child.pid, ...info(child.pid, false), detached, startedAt: new Date().toISOString() }, null, 2));

  const deadline = Date.now() + o.startTimeoutMs;
  while (Date.now() < deadline) {
    if (exited) {
      throw new PbxError(`kamailio exited during start (${exited.error?.message ?? `code ${exited.code}, signal ${exited.signal}`}). Log ${p.log}:\n${tail(p.log)}`);
    }
    if (await probeWebSocket(o.wsPort, 500)) return info(child.pid, false);
    await sleep(50);
  }
  await stopPbx({ runDir: o.runDir });
  throw new PbxError(`kamailio did not accept WebSocket connections on port ${o.wsPort} within ${o.startTimeoutMs} ms. Log ${p.log}:\n${tail(p.log)}`);
}

/** Stops the PBX of this run directory. Resolves true when one was running. */
export async function stopPbx(options = {}) {
  const runDir = resolve(options.runDir ?? process.env.PBX_RUN_DIR ?? DEFAULTS.runDir);
  const p = paths(runDir);
  const pid = runningPid(runDir);
  if (!pid) {
    rmSync(p.pidFile, { force: true });
    return false;
  }
  const alive = () => isOurKamailio(pid, p.config);
  // Kamailio's main process stops its children on SIGTERM.
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    // already gone
  }
  const deadline = Date.now() + (options.timeoutMs ?? 5000);
  while (alive() && Date.now() < deadline) await sleep(25);
  if (alive()) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone
    }
  }
  // When started detached, the workers share the main process's group: make sure none outlives
  // it, e.g. after a SIGKILL. (Not detached, the group is not Kamailio's: leave it alone.)
  if (readState(runDir)?.detached !== false) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // no such group left: good
    }
  }
  while (alive()) await sleep(25);
  rmSync(p.pidFile, { force: true });
  return true;
}

export async function pbxStatus(options = {}) {
  const runDir = resolve(options.runDir ?? process.env.PBX_RUN_DIR ?? DEFAULTS.runDir);
  const p = paths(runDir);
  const state = readState(runDir);
  const pid = runningPid(runDir);
  const answering = pid && state?.wsPort ? await probeWebSocket(state.wsPort) : false;
  return { running: Boolean(pid), answering, pid, ...(state ?? {}), runDir, logFile: p.log, configFile: p.config };
}

export async function restartPbx(options = {}) {
  await stopPbx(options);
  return startPbx(options);
}

// ---------------------------------------------------------------------- CLI

const FLAGS = {
  '--ws-port': 'wsPort',
  '--udp-port': 'udpPort',
  '--api-url': 'apiUrl',
  '--secret': 'secret',
  '--domain': 'domain',
  '--run-dir': 'runDir',
  '--ring-timeout': 'ringTimeoutMs',
  '--log-level': 'logLevel',
};

function parseArgs(argv) {
  const opts = {};
  let command;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag === '--install') opts.install = true;
    else if (flag === '--help' || flag === '-h') command = 'help';
    else if (FLAGS[flag]) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new PbxError(`${flag} needs a value`);
      opts[FLAGS[flag]] = value;
    } else if (!arg.startsWith('-') && !command) command = arg;
    else throw new PbxError(`unknown argument ${arg}`);
  }
  return { command: command ?? 'help', opts };
}

const USAGE = `Usage: node pbx/pbx.mjs <start|stop|status|restart> [options]

Starts the dev/test PBX (Kamailio) on 127.0.0.1: SIP over WebSocket on --ws-port, UDP on --udp-port.

  --ws-port N        PBX_WS_PORT          default ${DEFAULTS.wsPort}
  --udp-port N       PBX_UDP_PORT         default ${DEFAULTS.udpPort}
  --api-url URL      PBX_API_URL          default ${DEFAULTS.apiUrl}
  --secret S         PBX_SHARED_SECRET    required for start (prefer the env variable)
  --domain D         PBX_DOMAIN           default ${DEFAULTS.domain}
  --run-dir DIR      PBX_RUN_DIR          default .run/pbx
  --ring-timeout MS  PBX_RING_TIMEOUT_MS  default ${DEFAULTS.ringTimeoutMs}
  --log-level N      PBX_LOG_LEVEL        default ${DEFAULTS.logLevel}
  --install          apt-get install ${DEBIAN_PACKAGES.join(' ')} when missing (root, Debian/Ubuntu)
`;

async function main(argv) {
  const { command, opts } = parseArgs(argv);
  switch (command) {
    case 'start':
    case 'restart': {
      const r = command === 'start' ? await startPbx(opts) : await restartPbx(opts);
      console.log(`PBX ${r.alreadyRunning ? 'already running' : 'started'}: pid ${r.pid}, ${r.wsUrl} (SIP over WebSocket), udp 127.0.0.1:${r.udpPort}, domain ${r.domain}, API ${r.apiUrl}`);
      console.log(`log: ${r.logFile}`);
      return 0;
    }
    case 'stop': {
      const stopped = await stopPbx(opts);
      console.log(stopped ? 'PBX stopped.' : 'PBX was not running.');
      return 0;
    }
    case 'status': {
      const s = await pbxStatus(opts);
      if (!s.running) {
        console.log(`PBX not running (run dir ${s.runDir}).`);
        const pre = checkPrerequisites(resolveOptions(opts));
        if (!pre.ok) console.log(pre.message);
        return 3;
      }
      console.log(`PBX running: pid ${s.pid}, ${s.wsUrl} ${s.answering ? 'answering' : 'NOT answering'}, udp ${s.udpPort}, domain ${s.domain}, API ${s.apiUrl}`);
      console.log(`log: ${s.logFile}`);
      return s.answering ? 0 : 1;
    }
    case 'help':
      console.log(USAGE);
      return 0;
    default:
      console.error(`unknown command ${command}\n\n${USAGE}`);
      return 2;
  }
}

const invokedDirectly = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err) => {
      console.error(err instanceof PbxError ? err.message : err);
      process.exit(1);
    },
  );
}
