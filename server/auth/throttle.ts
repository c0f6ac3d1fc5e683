import type { Queryable } from '../store/store';

const maxFailures = 5;
const windowSec = 15 * 60;

/** Seconds until the username may try again, or 0 when it may try now. */
export async function lockedForSec(db: Queryable, username: string): Promise<number> {
  const [row] = await db.query<{ failures: number; retry: number | null }>(
    `select count(*)::int as failures,
            ceil(extract(epoch from min(at) + make_interval(secs => $2) - now()))::int as retry
       from (select at from login_failures
              where username = $1 and at > now() - make_interval(secs => $2)
              order by at desc limit $3) recent`,
    [username, windowSec, maxFailures],
  );
  return row && row.failures >= maxFailures ? Math.max(1, row.retry ?? windowSec) : 0;
}

export async function recordFailure(db: Queryable, username: string): Promise<void> {
  await db.query('insert into login_failures (username) values ($1)', [username]);
  // Old rows no longer count; dropping them keeps the table the size of the current window.
  await db.query('delete from login_failures where at < now() - make_interval(secs => $1)', [windowSec]);
}

export async function clearFailures(db: Queryable, username: string): Promise<void> {
  await db.query('delete from login_failures where username = $1', [username]);
}
