// What the dev/test PBX needs installed: Kamailio and the modules its config loads (pbx.mjs).

import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { PbxError } from './options.mjs';

export const DEBIAN_PACKAGES = ['kamailio', 'kamailio-websocket-modules', 'kamailio-utils-modules'];
/** Modules the config loads that do not come with every Kamailio install. */
const REQUIRED_MODULES = ['tm.so', 'registrar.so', 'nathelper.so', 'xhttp.so', 'websocket.so', 'http_client.so', 'auth.so'];
const MODULE_PACKAGE = {
  'websocket.so': 'kamailio-websocket-modules',
  'http_client.so': 'kamailio-utils-modules',
};

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
