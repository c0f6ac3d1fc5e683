import { ageBands, callTypes, genders, handoffOutcomes, problemCategories } from '../../src/contract/intake';
import type { CounsellorRow, RecordFigures } from '../../src/contract/reports';
import { riskLevels } from '../../src/contract/risk';
import type { Queryable } from '../store/store';
import type { ReportWindow } from './window';

/**
 * What the records say, of the calls ANSWERED in the period (contacts.answered_at): a record
 * belongs to the centre of the counsellor who answered (contacts.centre_area_code), drafts
 * included, for a call still being written up was answered all the same. `public` by name: the
 * training schema's records are never counted.
 */
const inScope = `c.answered_at >= $1 and c.answered_at < $2 and ($3::text is null or c.centre_area_code = $3)`;
const handoff = `jsonb_typeof(c.intake #> '{safety,emergencyHandoff}') = 'object'`;
/** A crisis call: high or imminent risk, or one that needed police, ambulance or fire. */
export const crisisSql = `(c.risk_level in ('high', 'imminent') or ${handoff})`;
/** Referred: an institution named, or the call's outcome says so. */
const referralSql = `(c.intake #>> '{referral,institutionId}' is not null or c.intake ->> 'outcome' = 'referred')`;

// grouping() sets a bit for each column left out of the set, the first column's the highest.
const dimensions = { 15: 'type', 23: 'risk', 27: 'age', 29: 'gender', 30: 'outcome', 31: 'all' } as const;

const figuresSql = `
  select grouping(c.call_type, c.risk_level, age, gender, outcome)::int as dim,
         coalesce(c.call_type, c.risk_level, age, gender, outcome) as value,
         count(*)::int as n,
         count(*) filter (where ${crisisSql})::int as crisis,
         count(*) filter (where ${handoff})::int as handoffs,
         count(*) filter (where ${referralSql})::int as referrals
    from public.contacts c,
         lateral (select c.intake #>> '{caller,ageBand}' as age, c.intake #>> '{caller,gender}' as gender,
                         c.intake #>> '{safety,emergencyHandoff,outcome}' as outcome) x
   where ${inScope}
   group by grouping sets ((c.call_type), (c.risk_level), (age), (gender), (outcome), ())`;

const problemsSql = `
  select p.category, count(*)::int as n
    from public.contacts c,
         lateral (select distinct e ->> 'category' as category from jsonb_array_elements(c.intake -> 'problems') e) p
   where ${inScope}
   group by 1`;

const seriesSql = `
  select floor(extract(epoch from c.answered_at - $1::timestamptz) / $4)::int as bucket, count(*)::int as crisis
    from public.contacts c
   where ${inScope} and ${crisisSql}
   group by 1`;

const breakdownSql = `
  select grouping(c.area_code, c.counsellor_id)::int as dim, coalesce(c.area_code, '') as line,
         c.counsellor_id as "staffId", s.display_name as name,
         count(*)::int as n,
         count(*) filter (where ${crisisSql})::int as crisis,
         count(*) filter (where ${handoff})::int as handoffs,
         count(*) filter (where ${referralSql})::int as referrals,
         avg(extract(epoch from c.ended_at - c.answered_at))::float8 as "avgTalk"
    from public.contacts c
    join public.staff s on s.id = c.counsellor_id
   where ${inScope}
   group by grouping sets ((c.area_code), (c.counsellor_id, s.display_name))`;

type Keys<T extends readonly string[]> = Record<T[number], number>;
const tally = <T extends readonly string[]>(keys: T, rows: { value: string | null; n: number }[]): Keys<T> =>
  Object.fromEntries(keys.map((key) => [key, rows.find((row) => row.value === key)?.n ?? 0])) as Keys<T>;

interface FigureRow {
  dim: keyof typeof dimensions;
  value: string | null;
  n: number;
  crisis: number;
  handoffs: number;
  referrals: number;
}

export interface RecordReport {
  total: RecordFigures;
  crisisSeries: number[];
  byLine: { areaCode: string | null; records: number; crisis: number }[];
  byCounsellor: CounsellorRow[];
}

export async function recordReport(db: Queryable, window: ReportWindow): Promise<RecordReport> {
  const scope = [window.from, window.to, window.areaCode];
  const [rows, problems, series, breakdown] = await Promise.all([
    db.query<FigureRow>(figuresSql, scope),
    db.query<{ category: string; n: number }>(problemsSql, scope),
    db.query<{ bucket: number; crisis: number }>(seriesSql, [...scope, window.bucketSec]),
    db.query<{ dim: number; line: string; staffId: string; name: string; n: number; crisis: number; handoffs: number; referrals: number; avgTalk: number | null }>(
      breakdownSql,
      scope,
    ),
  ]);
  const of = (dim: (typeof dimensions)[keyof typeof dimensions]) => rows.filter((row) => dimensions[row.dim] === dim);
  const all = of('all')[0];
  const byType = tally(callTypes, of('type'));
  const lineRows = breakdown.filter((row) => row.dim === 1);
  return {
    total: {
      records: all?.n ?? 0,
      byType,
      nuisance: byType.silent + byType.prank + byType.abusive,
      byProblem: tally(Object.keys(problemCategories) as (keyof typeof problemCategories)[], problems.map((row) => ({ value: row.category, n: row.n }))),
      byRisk: tally(riskLevels, of('risk')),
      crisis: all?.crisis ?? 0,
      handoffs: all?.handoffs ?? 0,
      handoffOutcomes: tally(handoffOutcomes, of('outcome')),
      referrals: all?.referrals ?? 0,
      ageBands: tally(ageBands, of('age')),
      genders: tally(genders, of('gender')),
    },
    crisisSeries: window.buckets.map((_, index) => series.find((row) => row.bucket === index)?.crisis ?? 0),
    byLine: window.lines
      .map((line) => line.key)
      .concat(lineRows.map((row) => row.line))
      .filter((key, index, keys) => keys.indexOf(key) === index)
      .map((key) => {
        const row = lineRows.find((candidate) => candidate.line === key);
        return { areaCode: key === '' ? null : key, records: row?.n ?? 0, crisis: row?.crisis ?? 0 };
      }),
    byCounsellor: breakdown
      .filter((row) => row.dim === 2)
      .map((row) => ({
        staffId: row.staffId,
        name: row.name,
        answered: row.n,
        avgTalkSec: row.avgTalk === null ? null : Math.round(row.avgTalk * 10) / 10,
        crisis: row.crisis,
        handoffs: row.handoffs,
        referrals: row.referrals,
      }))
      .sort((a, b) => b.answered - a.answered || a.name.localeCompare(b.name, 'zh-CN')),
  };
}
