import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lockDataFolder } from './folder-lock';
import { openPglite } from './pglite';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});
const freshFolder = () => {
  const folder = mkdtempSync(join(tmpdir(), 'pglite-lock-'));
  folders.push(folder);
  return folder;
};
const lockFile = (folder: string) => join(folder, 'api-server.lock');

describe('a PGlite data folder', () => {
  // Creating a PGlite folder runs initdb: tens of seconds on a busy machine.
  it('serves one server at a time: a second one refuses to start and says why', { timeout: 120_000 }, async () => {
    const folder = freshFolder();
    const first = await openPglite(folder);
    await first.query('create table t (n int)');

    await expect(openPglite(folder)).rejects.toThrow(
      `The data folder ${folder} is in use by process ${process.pid} on ${hostname()}: two API servers on one PGlite folder lose each other's writes`,
    );
    expect(await first.query('select count(*)::int as n from t')).toEqual([{ n: 0 }]);

    await first.close();
    expect(existsSync(lockFile(folder))).toBe(false);
  });

  it('is taken over from a server that died without releasing it', () => {
    const folder = freshFolder();
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    writeFileSync(lockFile(folder), JSON.stringify({ pid: dead, host: hostname() }));
    const release = lockDataFolder(folder);
    expect(() => lockDataFolder(folder)).toThrow(`in use by process ${process.pid}`);
    release();
    lockDataFolder(folder)();
  });

  it('counts a lock held on another machine (a shared disk) as held', () => {
    const folder = freshFolder();
    writeFileSync(lockFile(folder), JSON.stringify({ pid: 1, host: 'another-host' }));
    expect(() => lockDataFolder(folder)).toThrow('in use by process 1 on another-host');
  });
});
