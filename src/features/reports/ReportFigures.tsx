import { useTranslation } from 'react-i18next';
import { ageBands, callTypes, genders, handoffOutcomes, problemCategories } from '../../contract/intake';
import type { Report } from '../../contract/reports';
import { riskLevels } from '../../contract/risk';
import { FigureTable } from './FigureTable';
import { formatSeconds, formatShare } from './format';

/** Every figure of the report in groups: the queue's, the records', the callers', the follow-ups'. */
export function ReportFigures({ report }: { report: Report }) {
  const { t } = useTranslation();
  const { queue, records, followUps } = report;
  const headings = { figureHeading: t('reports.columns.figure'), valueHeading: t('reports.columns.value') };
  const figure = (name: string) => t(`reports.figures.${name}` as 'reports.figures.offered');
  const groups: [string, [string, string | number][]][] = [
    [
      'queue',
      [
        [figure('offered'), queue.offered],
        [figure('answered'), queue.answered],
        [figure('abandoned'), queue.abandoned],
        [figure('busy'), queue.busy],
        [figure('overflowed'), queue.overflowed],
        [figure('answerRate'), formatShare(queue.answerRate)],
        [figure('serviceLevel'), formatShare(queue.serviceLevel)],
        [figure('avgWaitSec'), formatSeconds(queue.avgWaitSec)],
        [figure('avgTalkSec'), formatSeconds(queue.avgTalkSec)],
      ],
    ],
    [
      'records',
      [
        [figure('records'), records.records],
        [figure('crisis'), records.crisis],
        [figure('referrals'), records.referrals],
        [figure('nuisance'), records.nuisance],
      ],
    ],
    ['types', callTypes.map((type) => [t(`reports.callTypes.${type}`), records.byType[type]])],
    ['risk', riskLevels.map((level) => [t(`reports.riskLevels.${level}`), records.byRisk[level]])],
    [
      'handoffs',
      [[figure('handoffs'), records.handoffs], ...handoffOutcomes.map((outcome): [string, number] => [t(`reports.handoffOutcomes.${outcome}`), records.handoffOutcomes[outcome]])],
    ],
    ['problems', (Object.keys(problemCategories) as (keyof typeof problemCategories)[]).map((category) => [t(`reports.problems.${category}`), records.byProblem[category]])],
    ['ageBands', ageBands.map((band) => [t(`reports.ageBands.${band}`), records.ageBands[band]])],
    ['genders', genders.map((gender) => [t(`reports.genders.${gender}`), records.genders[gender]])],
    ['followUps', (['due', 'doneOnTime', 'doneLate', 'cancelled', 'open'] as const).map((name) => [figure(name), followUps[name]])],
  ];
  return (
    <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
      {groups.map(([section, rows]) => (
        <FigureTable key={section} title={t(`reports.sections.${section}` as 'reports.sections.queue')} rows={rows} {...headings} />
      ))}
    </div>
  );
}
