import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CounsellorRow, LineRow } from '../../contract/reports';
import { Region } from '../../components';
import { formatSeconds, formatShare } from './format';

type Figure = 'offered' | 'answered' | 'abandoned' | 'busy' | 'overflowed' | 'answerRate' | 'serviceLevel' | 'avgWaitSec' | 'avgTalkSec' | 'records' | 'crisis' | 'handoffs' | 'referrals';

interface BreakdownRow {
  key: string;
  heading: ReactNode;
  /** One cell per figure, in the order of `figures`. */
  cells: ReactNode[];
}

/** A breakdown as a table: a row per line or counsellor, a column per figure. */
function Breakdown({ title, firstColumn, figures, rows }: { title: string; firstColumn: string; figures: readonly Figure[]; rows: BreakdownRow[] }) {
  const { t } = useTranslation();
  return (
    <Region title={title} keyboardScroll>
      <table className="w-full text-sm">
        <thead>
          <tr>
            <th scope="col" className="px-2 py-1 text-left font-medium text-slate-600">
              {firstColumn}
            </th>
            {figures.map((figure) => (
              <th key={figure} scope="col" className="px-2 py-1 text-right font-medium text-slate-600">
                {t(`reports.figures.${figure}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-t border-slate-100">
              <th scope="row" className="px-2 py-1 text-left font-normal">
                {row.heading}
              </th>
              {row.cells.map((value, index) => (
                <td key={figures[index]} className="px-2 py-1 text-right tabular-nums">
                  {value}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </Region>
  );
}

const lineFigures = ['offered', 'answered', 'abandoned', 'busy', 'overflowed', 'answerRate', 'serviceLevel', 'avgWaitSec', 'avgTalkSec', 'records', 'crisis'] as const;

/** The report by line: each line's queue and records. */
export function LineTable({ rows }: { rows: LineRow[] }) {
  const { t } = useTranslation();
  return (
    <Breakdown
      title={t('reports.sections.lines')}
      firstColumn={t('reports.columns.line')}
      figures={lineFigures}
      rows={rows.map((row) => ({
        key: row.areaCode ?? 'province',
        heading: row.areaCode === null ? t('reports.line.province') : t('reports.line.centre', { areaCode: row.areaCode }),
        cells: [
          row.queue.offered,
          row.queue.answered,
          row.queue.abandoned,
          row.queue.busy,
          row.queue.overflowed,
          formatShare(row.queue.answerRate),
          formatShare(row.queue.serviceLevel),
          formatSeconds(row.queue.avgWaitSec),
          formatSeconds(row.queue.avgTalkSec),
          row.records,
          row.crisis,
        ],
      }))}
    />
  );
}

const counsellorFigures = ['answered', 'avgTalkSec', 'crisis', 'handoffs', 'referrals'] as const;

/** The report by counsellor: the calls each answered (their records) and what they led to. */
export function CounsellorTable({ rows }: { rows: CounsellorRow[] }) {
  const { t } = useTranslation();
  return (
    <Breakdown
      title={t('reports.sections.counsellors')}
      firstColumn={t('reports.columns.counsellor')}
      figures={counsellorFigures}
      rows={rows.map((row) => ({
        key: row.staffId,
        heading: row.name,
        cells: [row.answered, formatSeconds(row.avgTalkSec), row.crisis, row.handoffs, row.referrals],
      }))}
    />
  );
}
