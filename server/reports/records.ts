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
 *
 * One pass over the records, on the index that carries the fields counted (migration 021: the
 * intake's fields as generated columns), so a month's ~1.7 KB intakes are not read at all.
 * A crisis call is high or imminent risk or one handed to police, ambulance or fire; a referral
 * names an institution or has the outcome `referred`.
 */
const recordsSql = `
  with r as materialized (
    select c.area_code, c.counsellor_id, c.call_type, c.risk_level,
           c.report_age_band as age, c.report_gender as gender, c.report_handoff_outcome as handoff,
           c.report_referred as referred, c.report_problem_categories as problems,
           floor(extract(epoch from c.answered_at - $1::timestamptz) / $4)::int as bucket,
           extract(epoch from c.ended_at - c.answered_at) as talk
      from public.contacts c
     where c.answered_at >= $1 and c.answered_at < $2 and ($3::text is null or c.centre_area_code = $3)
  ), crisis as (select *, (risk_level in ('high', 'imminent') or handoff is not null) as crisis from r)
  -- grouping() sets a bit for each column a set leaves out, the first column's the highest.
  select case grouping(call_type, risk_level, age, gender, handoff, area_code, counsellor_id, bucket)
           when 127 then 'type' when 191 then 'risk' when 223 then 'age' when 239 then 'gender' when 247 then 'handoff'
           when 251 then 'line' when 253 then 'counsellor' when 254 then 'bucket' else 'all' end as dim,
         case grouping(call_type, risk_level, age, gender, handoff, area_code, counsellor_id, bucket)
           when 251 then coalesce(area_code, '') when 253 then counsellor_id::text when 254 then bucket::text
           else coalesce(call_type, risk_level, age, gender, handoff) end as value,
         count(*)::int as n,
         count(*) filter (where crisis)::int as crisis,
         count(handoff)::int as handoffs,
         count(*) filter (where referred)::int as referrals,
         avg(talk)::float8 as talk
    from crisis
   group by grouping sets ((call_type), (risk_level), (age), (gender), (handoff), (area_code), (counsellor_id), (bucket), ())
  union all
  -- A record naming two details of one category counts once for it.
  select 'problem', p.category, count(*)::int, 0, 0, 0, null
    from r, lateral (select distinct category from jsonb_array_elements_text(r.problems) as e(category)) p
   group by p.category`;

interface Row {
  dim: 'type' | 'risk' | 'age' | 'gender' | 'handoff' | 'line' | 'counsellor' | 'bucket' | 'all' | 'problem';
  value: string | null;
  n: number;
  crisis: number;
  handoffs: number;
  referrals: number;
  talk: number | null;
}

type Keys<T extends readonly string[]> = Record<T[number], number>;
const tally = <T extends readonly string[]>(keys: T, rows: Row[]): Keys<T> =>
  Object.fromEntries(keys.map((key) => [key, rows.find((row) => row.value === key)?.n ?? 0])) as Keys<T>;

export interface RecordReport {
  total: RecordFigures;
  crisisSeries: number[];
  byLine: { areaCode: string | null; records: number; crisis: number }[];
  byCounsellor: CounsellorRow[];
}

export async function recordReport(db: Queryable, window: ReportWindow): Promise<RecordReport> {
  const rows = await db.query<Row>(recordsSql, [window.from, window.to, window.areaCode, window.bucketSec]);
  const of = (dim: Row['dim']) => rows.filter((row) => row.dim === dim);
  const all = of('all')[0];
  const byType = tally(callTypes, of('type'));
  const counsellors = of('counsellor');
  const names = await db.query<{ id: string; name: string }>('select id, display_name as name from public.staff where id = any($1::uuid[])', [
    counsellors.map((row) => row.value),
  ]);
  const lines = of('line');
  return {
    total: {
      records: all?.n ?? 0,
      byType,
      nuisance: byType.silent + byType.prank + byType.abusive,
      byProblem: tally(Object.keys(problemCategories) as (keyof typeof problemCategories)[], of('problem')),
      byRisk: tally(riskLevels, of('risk')),
      crisis: all?.crisis ?? 0,
      handoffs: all?.handoffs ?? 0,
      handoffOutcomes: tally(handoffOutcomes, of('handoff')),
      referrals: all?.referrals ?? 0,
      ageBands: tally(ageBands, of('age')),
      genders: tally(genders, of('gender')),
    },
    crisisSeries: window.buckets.map((_, index) => of('bucket').find((row) => row.value === String(index))?.crisis ?? 0),
    // The scope's own lines always, and any other its counsellors answered (plain 12356 in a centre's report).
    byLine: [...new Set([...window.lines.map((line) => line.key), ...lines.map((row) => row.value ?? '')])].map((key) => {
      const row = lines.find((candidate) => candidate.value === key);
      return { areaCode: key === '' ? null : key, records: row?.n ?? 0, crisis: row?.crisis ?? 0 };
    }),
    byCounsellor: counsellors
      .map((row) => ({
        staffId: row.value ?? '',
        name: names.find((staff) => staff.id === row.value)?.name ?? '',
        answered: row.n,
        avgTalkSec: row.talk === null ? null : Math.round(row.talk * 10) / 10,
        crisis: row.crisis,
        handoffs: row.handoffs,
        referrals: row.referrals,
      }))
      .sort((a, b) => b.answered - a.answered || a.name.localeCompare(b.name, 'zh-CN')),
  };
}
