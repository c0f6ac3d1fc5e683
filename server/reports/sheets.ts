import { ageBands, callTypes, genders, handoffOutcomes, problemCategories } from '../../src/contract/intake';
import type { QueueFigures, Report } from '../../src/contract/reports';
import { riskLevels } from '../../src/contract/risk';
import { reportHeadings } from '../../src/contract/report-headings';

export type ExportLanguage = 'zh-CN' | 'en';

/** A cell of an export: words, or a number and how to show it (a count, a share shown as %, seconds shown as m:ss). */
export type Cell = string | { value: number | null; format: 'count' | 'share' | 'seconds' };

export interface Table {
  name: string;
  header: string[];
  rows: Cell[][];
}

const count = (value: number): Cell => ({ value, format: 'count' });
const share = (value: number | null): Cell => ({ value, format: 'share' });
const seconds = (value: number | null): Cell => ({ value, format: 'seconds' });

const queueNames = ['offered', 'answered', 'abandoned', 'busy', 'overflowed', 'answeredInServiceLevel', 'answerRate', 'serviceLevel', 'avgWaitSec', 'avgTalkSec'] as const;

function queueCells(queue: QueueFigures): Cell[] {
  return queueNames.map((name) => {
    if (name === 'answerRate' || name === 'serviceLevel') return share(queue[name]);
    if (name === 'avgWaitSec' || name === 'avgTalkSec') return seconds(queue[name]);
    return count(queue[name]);
  });
}

/** The report as the tables of its download: the summary, the trend, and one per breakdown. */
export function reportTables(report: Report & { byLine: NonNullable<Report['byLine']>; byCounsellor: NonNullable<Report['byCounsellor']> }, lang: ExportLanguage): Table[] {
  // The screen's own words (its i18n messages spread them), so a download reads as the screen does.
  const r = reportHeadings[lang];
  const fig = r.figures;
  const section = r.sections;
  const records = report.records;
  const summary: Cell[][] = [
    ...queueNames.map((name, index) => [section.queue, fig[name], queueCells(report.queue)[index] ?? '']),
    [section.records, fig.records, count(records.records)],
    ...callTypes.map((type) => [section.types, r.callTypes[type], count(records.byType[type])]),
    [section.types, fig.nuisance, count(records.nuisance)],
    ...(Object.keys(problemCategories) as (keyof typeof problemCategories)[]).map((category) => [
      section.problems,
      r.problems[category],
      count(records.byProblem[category]),
    ]),
    ...riskLevels.map((level) => [section.risk, r.riskLevels[level], count(records.byRisk[level])]),
    [section.risk, fig.crisis, count(records.crisis)],
    [section.handoffs, fig.handoffs, count(records.handoffs)],
    ...handoffOutcomes.map((outcome) => [section.handoffs, r.handoffOutcomes[outcome], count(records.handoffOutcomes[outcome])]),
    [section.handoffs, fig.referrals, count(records.referrals)],
    ...ageBands.map((band) => [section.ageBands, r.ageBands[band], count(records.ageBands[band])]),
    ...genders.map((gender) => [section.genders, r.genders[gender], count(records.genders[gender])]),
    ...(['due', 'doneOnTime', 'doneLate', 'cancelled', 'open'] as const).map((name) => [section.followUps, fig[name], count(report.followUps[name])]),
  ];
  const lineName = (areaCode: string | null) => (areaCode === null ? r.line.province : r.line.centre.replace('{{areaCode}}', areaCode));
  const at = (iso: string) =>
    new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, report.period === 'day' ? 16 : 10).replace('T', ' ');
  return [
    { name: r.export.summary, header: [r.columns.section, r.columns.figure, r.columns.value], rows: summary },
    {
      name: r.export.trend,
      header: [r.columns.at, r.series.offered, r.series.answered, r.series.abandoned, r.series.crisis],
      rows: report.series.map((point) => [at(point.at), count(point.offered), count(point.answered), count(point.abandoned), count(point.crisis)]),
    },
    {
      name: r.export.lines,
      header: [r.columns.line, ...queueNames.map((name) => fig[name]), fig.records, fig.crisis],
      rows: report.byLine.map((line) => [lineName(line.areaCode), ...queueCells(line.queue), count(line.records), count(line.crisis)]),
    },
    {
      name: r.export.counsellors,
      header: [r.columns.counsellor, fig.answered, fig.avgTalkSec, fig.crisis, fig.handoffs, fig.referrals],
      rows: report.byCounsellor.map((row) => [row.name, count(row.answered), seconds(row.avgTalkSec), count(row.crisis), count(row.handoffs), count(row.referrals)]),
    },
  ];
}

/** The download's file name: figures and dates only. */
export const exportName = (report: Pick<Report, 'scope' | 'period' | 'from'>, extension: string) =>
  `12356-report-${report.scope}-${report.period}-${new Date(Date.parse(report.from) + 8 * 3600_000).toISOString().slice(0, 10)}.${extension}`;
