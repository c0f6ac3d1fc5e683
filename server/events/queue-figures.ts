import { PUBLIC_LINE, type LineQueue } from '../../src/contract';
import { figureSql as f } from '../queue/figure-sql';
import type { Queryable } from '../store/store';

const HOUR_MS = 3600_000;
const DAY_MS = 24 * HOUR_MS;
/** Beijing keeps UTC+8 all year, so its day and hour boundaries are plain arithmetic on instants. */
const BEIJING_OFFSET_MS = 8 * HOUR_MS;
/** How many hours the console's small chart shows, the current one included. */
export const CHART_HOURS = 8;

/** The start of the Beijing day `now` falls in. */
export function beijingDayStart(now: number): number {
  return Math.floor((now + BEIJING_OFFSET_MS) / DAY_MS) * DAY_MS - BEIJING_OFFSET_MS;
}

/** A line to count: its centre's area code, or null for plain 12356, with that centre's service level. */
export interface QueueLine {
  areaCode: string | null;
  serviceLevelSec: number;
}

export const lineOf = (areaCode: string | null) => (areaCode === null ? PUBLIC_LINE : `${areaCode}${PUBLIC_LINE}`);

interface FigureRow {
  key: string;
  waiting: number;
  oldest: Date | null;
  offered: number;
  answered: number;
  abandoned: number;
  abandonedAvg: number | null;
  overflowed: number;
  busy: number;
  inServiceLevel: number;
  avgWait: number | null;
  avgTalk: number | null;
}

interface HourRow {
  key: string;
  hour: Date;
  offered: number;
  answered: number;
  abandoned: number;
}

// Plain 12356 has no area code; '' stands for it so one array parameter can carry every line.
const keyOf = (areaCode: string | null) => areaCode ?? '';

/**
 * Today's figures of each line (the Beijing day), counted in SQL from hotline_calls: offered is
 * every call that reached the line; a wait runs from its arrival to its answer (or to the caller
 * giving up); talk from the answer to the end. A waiting caller counts whenever it arrived.
 */
const figuresSql = `
  with lines(key, sl) as (select * from unnest($1::text[], $2::int[]))
  select l.key,
         count(h.call_id) filter (where h.state = 'waiting')::int as waiting,
         min(h.queued_at) filter (where h.state = 'waiting') as oldest,
         count(h.call_id) filter (where h.arrived_at >= $3)::int as offered,
         count(h.call_id) filter (where h.arrived_at >= $3 and ${f.answered})::int as answered,
         count(h.call_id) filter (where h.arrived_at >= $3 and ${f.abandoned})::int as abandoned,
         avg(${f.abandonedWaitSec}) filter (where h.arrived_at >= $3 and ${f.abandoned})::float8 as "abandonedAvg",
         count(h.call_id) filter (where h.arrived_at >= $3 and ${f.overflowed})::int as overflowed,
         count(h.call_id) filter (where h.arrived_at >= $3 and ${f.busy})::int as busy,
         count(h.call_id) filter (where h.arrived_at >= $3 and ${f.inServiceLevel('l.sl')})::int as "inServiceLevel",
         avg(${f.waitSec}) filter (where h.arrived_at >= $3)::float8 as "avgWait",
         avg(${f.talkSec}) filter (where h.arrived_at >= $3 and ${f.ended})::float8 as "avgTalk"
    from lines l
    left join hotline_calls h on coalesce(h.area_code, '') = l.key and (h.arrived_at >= $3 or h.state = 'waiting')
   group by l.key`;

const hoursSql = `
  select l.key, g.hour,
         count(h.call_id)::int as offered,
         count(h.answered_at)::int as answered,
         count(h.call_id) filter (where h.state = 'abandoned')::int as abandoned
    from unnest($1::text[]) as l(key)
   cross join generate_series($2::timestamptz, $3::timestamptz, interval '1 hour') as g(hour)
    left join hotline_calls h
      on coalesce(h.area_code, '') = l.key and h.arrived_at >= g.hour and h.arrived_at < g.hour + interval '1 hour'
   group by l.key, g.hour
   order by l.key, g.hour`;

const seconds = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

/** Each line's queue now and its figures for the Beijing day of `now`, in the order given. */
export async function lineQueues(db: Queryable, lines: readonly QueueLine[], now: number): Promise<LineQueue[]> {
  if (lines.length === 0) return [];
  const keys = lines.map((line) => keyOf(line.areaCode));
  const dayStart = new Date(beijingDayStart(now));
  const thisHour = Math.floor(now / HOUR_MS) * HOUR_MS;
  const [figures, hours] = await Promise.all([
    db.query<FigureRow>(figuresSql, [keys, lines.map((line) => line.serviceLevelSec), dayStart]),
    db.query<HourRow>(hoursSql, [keys, new Date(thisHour - (CHART_HOURS - 1) * HOUR_MS), new Date(thisHour)]),
  ]);
  return lines.map((line) => {
    const key = keyOf(line.areaCode);
    const row = figures.find((figure) => figure.key === key);
    return {
      line: lineOf(line.areaCode),
      areaCode: line.areaCode,
      waiting: row?.waiting ?? 0,
      oldestWaitingSince: row?.oldest ? new Date(row.oldest).toISOString() : null,
      today: {
        offered: row?.offered ?? 0,
        answered: row?.answered ?? 0,
        abandoned: row?.abandoned ?? 0,
        abandonedAvgWaitSec: seconds(row?.abandonedAvg ?? null),
        overflowed: row?.overflowed ?? 0,
        busy: row?.busy ?? 0,
        answeredInServiceLevel: row?.inServiceLevel ?? 0,
        avgWaitSec: seconds(row?.avgWait ?? null),
        avgTalkSec: seconds(row?.avgTalk ?? null),
      },
      hours: hours
        .filter((hour) => hour.key === key)
        .map((hour) => ({ hour: new Date(hour.hour).toISOString(), offered: hour.offered, answered: hour.answered, abandoned: hour.abandoned })),
    };
  });
}
