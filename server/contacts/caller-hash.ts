import { createHmac, randomBytes } from 'node:crypto';
import type { Queryable } from '../store/store';

const pepperName = 'caller-hash-pepper';

export type CallerHasher = (callerNumber: string) => Promise<string>;

/**
 * The pepper the operator configured, else the one this database keeps. The first process to need
 * one makes it up; `on conflict do nothing` lets processes starting together agree on a single one.
 */
async function storedPepper(db: Queryable): Promise<string> {
  await db.query('insert into server_secrets (name, value) values ($1, $2) on conflict (name) do nothing', [
    pepperName,
    randomBytes(32).toString('base64url'),
  ]);
  const [row] = await db.query<{ value: string }>('select value from server_secrets where name = $1', [pepperName]);
  if (!row) throw new Error('caller-hash pepper missing after insert');
  return row.value;
}

/**
 * HMAC-SHA256 of a caller's number. A plain hash of a phone number is reversed by trying every
 * number; with a secret key it is not, unless the key leaks too.
 */
export function callerHasher(db: Queryable, configuredPepper: string | undefined): CallerHasher {
  let pepper: Promise<string> | undefined;
  return async (callerNumber) => {
    pepper ??= configuredPepper !== undefined ? Promise.resolve(configuredPepper) : storedPepper(db);
    // A failed read (database briefly down) must not stick: the next call tries again.
    const key = await pepper.catch((error: unknown) => {
      pepper = undefined;
      throw error;
    });
    return createHmac('sha256', key).update(callerNumber).digest('hex');
  };
}
