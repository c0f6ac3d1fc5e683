import { z } from 'zod';
import { Instant } from './dates';
import { ageBands, CalendarDate, callTypes, genders, handoffOutcomes, problemCategories } from './intake';
import { reportPeriods } from './report-period';
import { riskLevels } from './risk';

/** A centre by its area code, or the whole province (admins only). */
export const ReportScope = z.union([z.literal('province'), z.string().regex(/^0\d{2,3}$/, { message: 'reports.badScope' })]);

const reportShape = {
  scope: ReportScope,
  period: z.enum(reportPeriods),
  /** Any date of the period, in Beijing. */
  date: CalendarDate,
};

export const ReportQuery = z.object({
  ...reportShape,
  /** Which breakdown to add to the totals. */
  by: z.enum(['line', 'counsellor']).optional(),
});
export type ReportQuery = z.infer<typeof ReportQuery>;

/** The downloads carry both breakdowns, their headings in the language asked for. */
export const ReportExportQuery = z.object({ ...reportShape, lang: z.enum(['zh-CN', 'en']).default('zh-CN') });

const count = z.number().int().min(0);
const share = z.number().min(0).max(1).nullable();
const seconds = z.number().min(0).nullable();
// An object of counts rather than z.record: the first load's shared zod chunk holds no record type.
const counts = <const K extends readonly string[]>(keys: K) =>
  z.object(Object.fromEntries(keys.map((key) => [key, count])) as { [Key in K[number]]: typeof count });

/**
 * The queue's figures of calls that arrived in the period (hotline_calls.arrived_at), as the
 * supervisor's live queue counts them: answer rate is answered / offered, service level the share
 * of offered calls answered within the line's centre's serviceLevelSec of arriving.
 */
export const QueueFigures = z.object({
  offered: count,
  answered: count,
  abandoned: count,
  busy: count,
  overflowed: count,
  answeredInServiceLevel: count,
  answerRate: share,
  serviceLevel: share,
  avgWaitSec: seconds,
  avgTalkSec: seconds,
});
export type QueueFigures = z.infer<typeof QueueFigures>;

/** Figures of the records of calls answered in the period (contacts.answered_at). */
export const RecordFigures = z.object({
  records: count,
  byType: counts(callTypes),
  /** Silent, prank and abusive calls. */
  nuisance: count,
  /** Records naming each problem category (a record may name several). */
  byProblem: counts(Object.keys(problemCategories) as [keyof typeof problemCategories, ...(keyof typeof problemCategories)[]]),
  byRisk: counts(riskLevels),
  /** High or imminent risk, or an emergency hand-off. */
  crisis: count,
  handoffs: count,
  handoffOutcomes: counts(handoffOutcomes),
  referrals: count,
  ageBands: counts(ageBands),
  genders: counts(genders),
});
export type RecordFigures = z.infer<typeof RecordFigures>;

/** Follow-ups due in the period: done (reached or not) by their due time, after it, no longer needed, still open. */
export const FollowUpFigures = z.object({ due: count, doneOnTime: count, doneLate: count, cancelled: count, open: count });
export type FollowUpFigures = z.infer<typeof FollowUpFigures>;

export const SeriesPoint = z.object({ at: Instant, offered: count, answered: count, abandoned: count, crisis: count });
export type SeriesPoint = z.infer<typeof SeriesPoint>;

/** A line: its centre's area code, or null for plain 12356. */
export const LineRow = z.object({ areaCode: z.string().nullable(), queue: QueueFigures, records: count, crisis: count });
export type LineRow = z.infer<typeof LineRow>;

/** A counsellor's records of the period: calls answered, their talk and what they led to. */
export const CounsellorRow = z.object({
  staffId: z.uuid(),
  name: z.string(),
  answered: count,
  avgTalkSec: seconds,
  crisis: count,
  handoffs: count,
  referrals: count,
});
export type CounsellorRow = z.infer<typeof CounsellorRow>;

export const Report = z
  .object({
    scope: ReportScope,
    period: z.enum(reportPeriods),
    from: Instant,
    to: Instant,
    queue: QueueFigures,
    records: RecordFigures,
    followUps: FollowUpFigures,
    /** Per hour of a day, per day of a week or month. */
    series: z.array(SeriesPoint),
    byLine: z.array(LineRow).nullable(),
    byCounsellor: z.array(CounsellorRow).nullable(),
  })
  .meta({ id: 'Report', description: 'A centre’s or the province’s figures of a Beijing day, week or month' });
export type Report = z.infer<typeof Report>;
