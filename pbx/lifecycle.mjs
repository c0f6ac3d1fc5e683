// Starting, stopping and watching the dev/test Kamailio: its rendered config, pid file and ports (pbx.mjs).

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync, openSync, closeSync, rmSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { createSocket } from 'node:dgram';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import process from 'node:process';
import { DEFAULTS, PbxError, TEMPLATE, paths, resolveOptions, validateForConfig } from './options.mjs';
import { checkPrerequisites, installPrerequisites } from './prerequisites.mjs';

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
  // -m 256: about 16 KB of shared memory per waiting call and 83 KB per caller WebSocket
  // (telephony-facts); the default 64 MB holds only a few hundred waiting callers.
  const child = spawn(pre.kamailio, ['-f', p.config, '-P', p.pidFile, '-w', o.runDir, '-DD', '-E', '-m', '256', '-M', '8'], {
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
