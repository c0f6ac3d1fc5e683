import type { QueueFigures, SeriesPoint } from '../../src/contract/reports';
import { figureSql as f } from '../queue/figure-sql';
import type { Queryable } from '../store/store';
import type { ReportWindow } from './window';

/** A line's sums, added up for the totals before the averages are taken. */
interface LineSums {
  key: string;
  offered: number;
  answered: number;
  abandoned: number;
  busy: number;
  overflowed: number;
  inServiceLevel: number;
  waitSum: number;
  talkSum: number;
  talkCount: number;
}

/**
 * The queue's figures by line, of the calls that ARRIVED in the period (hotline_calls.arrived_at):
 * the Beijing day a caller rang in is the day the call belongs to, answered or not. Reads `public`
 * by name, so a mock call (schema `training`) is never counted whatever the search_path says.
 */
const linesSql = `
  with sl(key, sec) as (select * from unnest($3::text[], $4::int[]))
  select coalesce(h.area_code, '') as key,
         count(*)::int as offered,
         count(*) filter (where ${f.answered})::int as answered,
         count(*) filter (where ${f.abandoned})::int as abandoned,
         count(*) filter (where ${f.busy})::int as busy,
         count(*) filter (where ${f.overflowed})::int as overflowed,
         count(*) filter (where ${f.inServiceLevel('sl.sec')})::int as "inServiceLevel",
         coalesce(sum(${f.waitSec}), 0)::float8 as "waitSum",
         coalesce(sum(${f.talkSec}) filter (where ${f.ended}), 0)::float8 as "talkSum",
         count(*) filter (where ${f.ended})::int as "talkCount"
    from public.hotline_calls h
    join sl on sl.key = coalesce(h.area_code, '')
   where h.arrived_at >= $1 and h.arrived_at < $2
   group by 1`;

const seriesSql = `
  select floor(extract(epoch from h.arrived_at - $1::timestamptz) / $4)::int as bucket,
         count(*)::int as offered,
         count(*) filter (where ${f.answered})::int as answered,
         count(*) filter (where ${f.abandoned})::int as abandoned
    from public.hotline_calls h
   where h.arrived_at >= $1 and h.arrived_at < $2 and coalesce(h.area_code, '') = any($3::text[])
   group by 1`;

const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);
const mean = (sum: number, n: number) => (n === 0 ? null : Math.round((sum / n) * 10) / 10);

function figures(sums: Omit<LineSums, 'key'>): QueueFigures {
  return {
    offered: sums.offered,
    answered: sums.answered,
    abandoned: sums.abandoned,
    busy: sums.busy,
    overflowed: sums.overflowed,
    answeredInServiceLevel: sums.inServiceLevel,
    answerRate: ratio(sums.answered, sums.offered),
    serviceLevel: ratio(sums.inServiceLevel, sums.offered),
    avgWaitSec: mean(sums.waitSum, sums.answered),
    avgTalkSec: mean(sums.talkSum, sums.talkCount),
  };
}

const zero: Omit<LineSums, 'key'> = {
  offered: 0, answered: 0, abandoned: 0, busy: 0, overflowed: 0, inServiceLevel: 0, waitSum: 0, talkSum: 0, talkCount: 0,
};

/** A line the period's calls never reached (plain 12356 in a centre's report: see scope.ts). */
export const noCalls = (): QueueFigures => figures(zero);

export interface QueueReport {
  total: QueueFigures;
  byLine: { areaCode: string | null; queue: QueueFigures }[];
  series: Pick<SeriesPoint, 'offered' | 'answered' | 'abandoned'>[];
}

export async function queueReport(db: Queryable, window: ReportWindow): Promise<QueueReport> {
  const keys = window.lines.map((line) => line.key);
  const [rows, buckets] = await Promise.all([
    db.query<LineSums>(linesSql, [window.from, window.to, keys, window.lines.map((line) => line.serviceLevelSec)]),
    db.query<{ bucket: number; offered: number; answered: number; abandoned: number }>(seriesSql, [window.from, window.to, keys, window.bucketSec]),
  ]);
  const total = rows.reduce<Omit<LineSums, 'key'>>((sum, row) => {
    const next = { ...sum };
    for (const name of Object.keys(zero) as (keyof typeof zero)[]) next[name] += row[name];
    return next;
  }, zero);
  return {
    total: figures(total),
    byLine: keys.map((key) => ({ areaCode: key === '' ? null : key, queue: figures(rows.find((row) => row.key === key) ?? zero) })),
    series: window.buckets.map((_, index) => {
      const bucket = buckets.find((row) => row.bucket === index);
      return { offered: bucket?.offered ?? 0, answered: bucket?.answered ?? 0, abandoned: bucket?.abandoned ?? 0 };
    }),
  };
}
