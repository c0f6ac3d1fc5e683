import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

// N=2^15, r=8 needs 32 MiB per hash; the cost is stored with each hash so it can be raised later.
const productionCost = { N: 2 ** 15, r: 8, p: 1 };
const keyLength = 32;
const maxmem = 64 * 1024 * 1024;

function derive(password: string, salt: Buffer, options: ScryptOptions, length: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, length, { ...options, maxmem }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

/**
 * `scrypt$N$r$p$salt$hash`, salt and hash in base64url. Only the test harness passes a lower
 * `cost`, for the demo accounts its tests sign in hundreds of times.
 */
export async function hashPassword(password: string, cost = productionCost): Promise<string> {
  const salt = randomBytes(16);
  const hash = await derive(password, salt, cost, keyLength);
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64url'), hash.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const options = { N: Number(n), r: Number(r), p: Number(p) };
  try {
    return timingSafeEqual(await derive(password, Buffer.from(salt, 'base64url'), options, expected.length), expected);
  } catch {
    // A damaged stored hash (bad cost figures) must read as a failed sign-in, not a server error.
    return false;
  }
}

let dummy: Promise<string> | undefined;

/** Spends as long as a real check, so a wrong username answers no faster than a wrong password. */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummy ??= hashPassword(randomBytes(16).toString('base64url'));
  await verifyPassword(password, await dummy);
  return false;
}
