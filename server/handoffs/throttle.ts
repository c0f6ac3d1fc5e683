import type { Queryable } from '../store/store';

/** Tokens are too long to guess; the limit keeps a public endpoint from being used to try. */
const maxFailures = 20;
const windowSec = 60;

/** Seconds until none of the keys is over its limit, or 0 when reading may go ahead. */
export async function readLockedForSec(db: Queryable, keys: readonly string[]): Promise<number> {
  const rows = await db.query<{ failures: number; retry: number | null }>(
    `select count(*)::int as failures,
            ceil(extract(epoch from min(recent.at) + make_interval(secs => $2) - now()))::int as retry
       from unnest($1::text[]) as k(key)
       cross join lateral (select f.at from handoff_read_failures f
                            where f.key = k.key and f.at > now() - make_interval(secs => $2)
                            order by f.at desc limit $3) recent
      group by k.key`,
    [keys, windowSec, maxFailures],
  );
  return Math.max(0, ...rows.filter((row) => row.failures >= maxFailures).map((row) => Math.max(1, row.retry ?? windowSec)));
}

export async function recordReadFailure(db: Queryable, keys: readonly string[]): Promise<void> {
  await db.query('insert into handoff_read_failures (key) select unnest($1::text[])', [keys]);
  // Old rows no longer count; dropping them keeps the table the size of the current window.
  await db.query('delete from handoff_read_failures where at < now() - make_interval(secs => $1)', [windowSec]);
}
