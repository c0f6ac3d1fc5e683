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

import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import process from 'node:process';
import { DEFAULTS, PbxError, resolveOptions } from './options.mjs';
import { DEBIAN_PACKAGES, checkPrerequisites } from './prerequisites.mjs';
import { pbxStatus, restartPbx, startPbx, stopPbx } from './lifecycle.mjs';

export { TEMPLATE, DEFAULTS, PbxError, resolveOptions } from './options.mjs';
export { DEBIAN_PACKAGES, checkPrerequisites, installPrerequisites } from './prerequisites.mjs';
export { renderConfig, probeWebSocket, startPbx, stopPbx, pbxStatus, restartPbx } from './lifecycle.mjs';

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
