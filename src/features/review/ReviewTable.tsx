import { useTranslation } from 'react-i18next';
import { Button, riskLevelTone } from '../../components';
import type { ReviewList, ReviewListRow } from '../../contract/review';
import { formatBeijingDateTime } from '../../lib/time';

function Marks({ row }: { row: ReviewListRow }) {
  const { t } = useTranslation();
  const marks = [
    row.status === 'draft' && t('review.list.draft'),
    row.protocolMisses > 0 && t('review.list.misses', { count: row.protocolMisses }),
    row.openFollowUp && t('review.list.openFollowUp'),
    row.openRescue && t('review.list.openRescue'),
    row.reviewed && t('review.list.reviewed'),
  ].filter((mark): mark is string => typeof mark === 'string');
  return (
    <ul className="flex flex-wrap gap-1">
      {marks.map((mark) => (
        <li key={mark} className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-800">
          {mark}
        </li>
      ))}
    </ul>
  );
}

/** One page of the centre's records and the pager; choosing a row opens it beside the list. */
export function ReviewTable({
  list,
  selectedId,
  onSelect,
  onPage,
}: {
  list: ReviewList;
  selectedId: string | null;
  onSelect: (row: ReviewListRow) => void;
  onPage: (page: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  if (list.total === 0) return <p className="text-sm text-slate-500">{t('review.list.empty')}</p>;

  return (
    <div className="flex flex-col gap-2">
      <table className="w-full text-sm">
        <caption className="sr-only">{t('review.list.caption')}</caption>
        <thead className="text-left text-xs text-slate-600">
          <tr>
            <th scope="col" className="py-1 pr-2 font-medium">{t('review.list.answered')}</th>
            <th scope="col" className="py-1 pr-2 font-medium">{t('review.list.counsellor')}</th>
            <th scope="col" className="py-1 pr-2 font-medium">{t('review.list.type')}</th>
            <th scope="col" className="py-1 pr-2 font-medium">{t('review.list.risk')}</th>
            <th scope="col" className="py-1 pr-2 font-medium">{t('review.list.marks')}</th>
            <th scope="col">
              <span className="sr-only">{t('review.list.view')}</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {list.records.map((row) => {
            const time = formatBeijingDateTime(row.answeredAt, i18n.language);
            return (
              <tr key={row.id} aria-current={row.id === selectedId ? 'true' : undefined} className={row.id === selectedId ? 'bg-teal-50' : undefined}>
                <th scope="row" className="py-1.5 pr-2 text-left font-normal tabular-nums">{time}</th>
                <td className="py-1.5 pr-2">{row.counsellorName}</td>
                <td className="py-1.5 pr-2">{t(`intake.callTypes.${row.callType}`)}</td>
                <td className="py-1.5 pr-2">
                  <span className={`rounded px-1.5 py-0.5 text-xs ${riskLevelTone[row.riskLevel]}`}>{t(`risk.levels.${row.riskLevel}`)}</span>
                </td>
                <td className="py-1.5 pr-2">
                  <Marks row={row} />
                </td>
                <td className="py-1.5 text-right">
                  <Button tone="secondary" aria-label={t('review.list.viewLabel', { time, name: row.counsellorName })} onClick={() => onSelect(row)}>
                    {t('review.list.view')}
                  </Button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="flex items-center justify-between gap-2 text-sm text-slate-700">
        <span>
          {t(list.totalCapped ? 'review.list.totalCapped' : 'review.list.total', { count: list.total })} ·{' '}
          {t('review.list.page', { page: list.page, pages })}
        </span>
        <span className="flex gap-2">
          <Button tone="secondary" disabled={list.page <= 1} onClick={() => onPage(list.page - 1)}>
            {t('review.list.previous')}
          </Button>
          <Button tone="secondary" disabled={list.page >= pages && !list.totalCapped} onClick={() => onPage(list.page + 1)}>
            {t('review.list.next')}
          </Button>
        </span>
      </div>
    </div>
  );
}
