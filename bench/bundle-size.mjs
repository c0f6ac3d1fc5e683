#!/usr/bin/env node
// Bundle size of the counsellor's screen: what the browser must download before the
// workstation works (entry, the workstation chunk, the sip.js chunk, their static imports and
// CSS), gzipped as it goes over the wire. Reads dist/.vite/manifest.json of `vite build`.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { REPO } from '../scripts/services.mjs';

const dist = join(REPO, 'dist');
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));

function closure(keys) {
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const imported of manifest[key]?.imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return seen;
}

const keyOf = (suffix) => {
  const key = Object.keys(manifest).find((candidate) => candidate.endsWith(suffix));
  if (!key) throw new Error(`no chunk for ${suffix} in the manifest`);
  return key;
};

const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
const screens = {
  'counsellor screen (initial)': [entry, keyOf('src/app/WorkstationPage.tsx'), keyOf('src/telephony/sip-telephony.ts')],
  'sign-in screen': [entry, keyOf('src/features/session/index.ts')],
};

const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

for (const [name, roots] of Object.entries(screens)) {
  const chunks = closure(roots);
  const files = new Set();
  for (const key of chunks) {
    files.add(manifest[key].file);
    for (const css of manifest[key].css ?? []) files.add(css);
  }
  let total = 0;
  const rows = [...files].map((file) => {
    const size = gz(file);
    total += size;
    return `    ${kb(size).padStart(9)}  ${file}`;
  });
  console.log(`${name}: ${kb(total)} gzip (target for the counsellor screen: ≤ 180 KB)`);
  console.log(rows.join('\n'));
}
