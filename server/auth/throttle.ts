import type { Store } from '../store/store';

/** Tables of failed attempts, one row per failure under a key: same shape, different limits. */
export type FailureTable = 'sign_in_failures' | 'handoff_read_failures';

export interface ThrottlePolicy {
  /** Failures older than this no longer count. */
  windowSec: number;
  /** Failures allowed before any wait. */
  freeFailures: number;
  /**
   * `growing`: after the free failures, each further one doubles the wait after it (1 s, 2 s, 4 s…,
   * at most the window). `flat`: once the free failures are used, wait until the oldest expires.
   */
  wait: 'growing' | 'flat';
}

interface Counted {
  failures: number;
  sinceLastSec: number | null;
  sinceOldestSec: number | null;
}

function waitSec(policy: ThrottlePolicy, counted: Counted): number {
  const over = counted.failures - policy.freeFailures;
  if (over < 0) return 0;
  const remaining =
    policy.wait === 'growing'
      ? Math.min(policy.windowSec, 2 ** over) - (counted.sinceLastSec ?? 0)
      : policy.windowSec - (counted.sinceOldestSec ?? 0);
  return remaining > 0 ? Math.ceil(remaining) : 0;
}

/** A key failures are counted under, and the policy they are limited by. */
export type Limit = readonly [key: string, policy: ThrottlePolicy];

/**
 * Checks the keys and, when none is waiting, counts this attempt as a failure in the same
 * transaction, under a lock per key: parallel attempts take turns, so a burst cannot slip more
 * tries past the limit than one at a time would. A success takes its count back with
 * `clearFailures`. Returns the seconds to wait (nothing recorded), or 0.
 */
export async function chargeAttempt(store: Store, table: FailureTable, limits: readonly Limit[]): Promise<number> {
  const keys = limits.map(([key]) => key);
  return store.transaction(async (tx) => {
    for (const key of [...keys].sort()) await tx.query(`select pg_advisory_xact_lock(hashtext($1))`, [`${table}:${key}`]);
    let wait = 0;
    for (const [key, policy] of limits) {
      const [counted] = await tx.query<Counted>(
        `select count(*)::int as failures,
                extract(epoch from now() - max(at))::float8 as "sinceLastSec",
                extract(epoch from now() - min(at))::float8 as "sinceOldestSec"
           from (select at from ${table} where key = $1 and at > now() - make_interval(secs => $2)
                  order by at desc limit $3) recent`,
        // Flat: the oldest of the last `freeFailures` is the one whose expiry frees a try.
        [key, policy.windowSec, policy.wait === 'flat' ? policy.freeFailures : policy.freeFailures + 32],
      );
      if (counted) wait = Math.max(wait, waitSec(policy, counted));
    }
    if (wait > 0) return wait;
    await tx.query(`insert into ${table} (key) select unnest($1::text[])`, [keys]);
    // Old rows no longer count; dropping them keeps the table the size of the longest window.
    const windowSec = Math.max(...limits.map(([, policy]) => policy.windowSec));
    await tx.query(`delete from ${table} where at < now() - make_interval(secs => $1)`, [windowSec]);
    return 0;
  });
}

/** Takes back the count of one attempt under a key (it succeeded), leaving the others' counts. */
export async function takeBackAttempt(store: Store, table: FailureTable, key: string): Promise<void> {
  await store.query(`delete from ${table} where ctid in (select ctid from ${table} where key = $1 order by at desc limit 1)`, [key]);
}

export async function clearFailures(store: Store, table: FailureTable, key: string): Promise<void> {
  await store.query(`delete from ${table} where key = $1`, [key]);
}
