#!/usr/bin/env node
// Bundle size of the counsellor's screen: what the browser must download before the
// workstation works (entry, the workstation chunk, the sip.js chunk, their static imports and
// CSS), gzipped as it goes over the wire. Then each role's screen (src/app/*Page.tsx, each its
// own lazily loaded chunk) with what it adds to the entry. Reads dist/.vite/manifest.json of
// `vite build`; exits 1 when the counsellor's first load is over budget or holds another screen.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { REPO } from '../scripts/services.mjs';

// React + ReactDOM (69 KB) and sip.js (52 KB) are floors; the rest is the workstation itself.
const BUDGET_KB = 230;

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

const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function filesOf(chunks) {
  const files = new Set();
  for (const key of chunks) {
    files.add(manifest[key].file);
    for (const css of manifest[key].css ?? []) files.add(css);
  }
  return files;
}

function print(title, files) {
  let total = 0;
  const rows = [...files].map((file) => {
    const size = gz(file);
    total += size;
    return `    ${kb(size).padStart(9)}  ${file}`;
  });
  console.log(title(kb(total)));
  console.log(rows.join('\n'));
  return total;
}

const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
const workstation = keyOf('src/app/WorkstationPage.tsx');
const counsellor = closure([entry, workstation, keyOf('src/telephony/sip-telephony.ts')]);
const firstLoad = print(
  (total) => `counsellor screen (first load): ${total} gzip (budget: ≤ ${BUDGET_KB} KB)`,
  filesOf(counsellor),
);
print((total) => `sign-in screen: ${total} gzip`, filesOf(closure([entry, keyOf('src/features/session/index.ts')])));

const entryFiles = filesOf(closure([entry]));
// A role's screens are one chunk: its page (src/app/*Page.tsx), or several pages together (src/app/*Screens.ts).
const screens = Object.keys(manifest).filter((key) => /^src\/app\/\w+(Page\.tsx|Screens\.ts)$/.test(key));
for (const screen of screens) {
  const added = [...filesOf(closure([screen]))].filter((file) => !entryFiles.has(file));
  print((total) => `${screen}: its own chunk ${manifest[screen].file}, ${total} gzip on top of the entry`, added);
}

if (firstLoad > BUDGET_KB * 1024) {
  console.error(`The counsellor screen's first load is over its ${BUDGET_KB} KB budget.`);
  process.exitCode = 1;
}
const strays = screens.filter((screen) => screen !== workstation && (counsellor.has(screen) || !manifest[screen].isDynamicEntry));
if (strays.length > 0) {
  console.error(`Other screens are not lazily loaded chunks apart from the counsellor's: ${strays.join(', ')}`);
  process.exitCode = 1;
}
