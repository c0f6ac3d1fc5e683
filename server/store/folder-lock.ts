import { openSync, readFileSync, unlinkSync, writeSync, closeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

const lockName = 'api-server.lock';

interface Holder {
  pid: number;
  host: string;
}

function readHolder(path: string): Holder | null {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<Holder>;
    return typeof parsed.pid === 'number' && typeof parsed.host === 'string' ? { pid: parsed.pid, host: parsed.host } : null;
  } catch {
    return null;
  }
}

/** A holder on another machine (a shared disk) cannot be checked, so it counts as alive. */
function isAlive(holder: Holder): boolean {
  if (holder.host !== hostname()) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Makes this process the only one using a PGlite data folder. PGlite is a single-process database:
 * two servers on one folder both start, and each overwrites the other's writes. A lock left by a
 * server that died (its process is gone) is taken over. Returns the release function.
 */
export function lockDataFolder(dir: string): () => void {
  const path = join(dir, lockName);
  const mine = JSON.stringify({ pid: process.pid, host: hostname() } satisfies Holder);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, mine);
      closeSync(fd);
      return () => {
        if (readHolder(path)?.pid === process.pid) unlinkSync(path);
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readHolder(path);
      // A holder that cannot be read may be a server writing its lock this very moment.
      if (holder === null || isAlive(holder)) {
        const who = holder ? `process ${holder.pid} on ${holder.host}` : 'another process';
        throw new Error(
          `The data folder ${dir} is in use by ${who}: two API servers on one PGlite folder lose each other's writes. ` +
            `Stop the other server, give this one its own DATA_DIR, or share PostgreSQL (DATABASE_URL). ` +
            `If no server is running, delete ${path}.`,
          { cause: error },
        );
      }
      unlinkSync(path);
    }
  }
  throw new Error(`Could not lock the data folder ${dir}: another server took it while this one started`);
}
