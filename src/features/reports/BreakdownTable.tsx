import { useTranslation } from 'react-i18next';
import type { CounsellorRow, LineRow } from '../../contract/reports';
import { Region } from '../../components';
import { formatSeconds, formatShare } from './format';

const cell = 'px-2 py-1 text-right tabular-nums';
const head = 'px-2 py-1 text-right font-medium text-slate-600';

/** The report by line: each line's queue and records. */
export function LineTable({ rows }: { rows: LineRow[] }) {
  const { t } = useTranslation();
  const columns = ['offered', 'answered', 'abandoned', 'busy', 'overflowed', 'answerRate', 'serviceLevel', 'avgWaitSec', 'avgTalkSec', 'records', 'crisis'] as const;
  return (
    <Region title={t('reports.sections.lines')} keyboardScroll>
      <table className="w-full text-sm">
        <thead>
          <tr>
            <th scope="col" className="px-2 py-1 text-left font-medium text-slate-600">
              {t('reports.columns.line')}
            </th>
            {columns.map((column) => (
              <th key={column} scope="col" className={head}>
                {t(`reports.figures.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.areaCode ?? 'province'} className="border-t border-slate-100">
              <th scope="row" className="px-2 py-1 text-left font-normal">
                {row.areaCode === null ? t('reports.line.province') : t('reports.line.centre', { areaCode: row.areaCode })}
              </th>
              <td className={cell}>{row.queue.offered}</td>
              <td className={cell}>{row.queue.answered}</td>
              <td className={cell}>{row.queue.abandoned}</td>
              <td className={cell}>{row.queue.busy}</td>
              <td className={cell}>{row.queue.overflowed}</td>
              <td className={cell}>{formatShare(row.queue.answerRate)}</td>
              <td className={cell}>{formatShare(row.queue.serviceLevel)}</td>
              <td className={cell}>{formatSeconds(row.queue.avgWaitSec)}</td>
              <td className={cell}>{formatSeconds(row.queue.avgTalkSec)}</td>
              <td className={cell}>{row.records}</td>
              <td className={cell}>{row.crisis}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Region>
  );
}

/** The report by counsellor: the calls each answered (their records) and what they led to. */
export function CounsellorTable({ rows }: { rows: CounsellorRow[] }) {
  const { t } = useTranslation();
  const columns = ['answered', 'avgTalkSec', 'crisis', 'handoffs', 'referrals'] as const;
  return (
    <Region title={t('reports.sections.counsellors')} keyboardScroll>
      <table className="w-full text-sm">
        <thead>
          <tr>
            <th scope="col" className="px-2 py-1 text-left font-medium text-slate-600">
              {t('reports.columns.counsellor')}
            </th>
            {columns.map((column) => (
              <th key={column} scope="col" className={head}>
                {t(`reports.figures.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.staffId} className="border-t border-slate-100">
              <th scope="row" className="px-2 py-1 text-left font-normal">
                {row.name}
              </th>
              <td className={cell}>{row.answered}</td>
              <td className={cell}>{formatSeconds(row.avgTalkSec)}</td>
              <td className={cell}>{row.crisis}</td>
              <td className={cell}>{row.handoffs}</td>
              <td className={cell}>{row.referrals}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Region>
  );
}
