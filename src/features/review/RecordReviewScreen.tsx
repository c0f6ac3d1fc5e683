import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLines } from '../../api';
import { Alert, EmptyState, Region, apiErrorMessage } from '../../components';
import { parseDialledLine } from '../../contract';
import type { ReviewFilters, ReviewListRow } from '../../contract/review';
import { lineLabel } from '../../lib/line-label';
import { ReviewFilterForm } from './ReviewFilterForm';
import { ReviewRecordPanel } from './ReviewRecordPanel';
import { ReviewTable } from './ReviewTable';
import { useReviewRecords } from './review-api';

const PAGE_SIZE = 20;

/**
 * Record review (记录审阅): the centre's records filtered and paged by the API on the left, the
 * chosen one read-only with its protocol check and the supervisor's review on the right.
 */
export function RecordReviewScreen({ meId, centreAreaCode }: { meId: string; centreAreaCode: string | null }) {
  const { t, i18n } = useTranslation();
  const [filters, setFilters] = useState<ReviewFilters>({});
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<ReviewListRow | null>(null);
  const list = useReviewRecords({ ...filters, page, pageSize: PAGE_SIZE });
  const { data: lines } = useLines();
  const lineName = useCallback((dialled: string) => lineLabel(t, parseDialledLine(dialled), lines, i18n.language), [t, lines, i18n.language]);

  return (
    <div className="grid h-full min-h-0 grid-cols-[minmax(0,2.2fr)_minmax(300px,1fr)] gap-3">
      <div className="flex min-h-0 flex-col gap-3">
        <Region title={t('review.filters.title')} className="shrink-0">
          <ReviewFilterForm
            centreAreaCode={centreAreaCode}
            counsellors={list.data?.counsellors ?? []}
            onApply={(applied) => {
              setFilters(applied);
              setPage(1);
            }}
          />
        </Region>
        <Region title={t('review.list.title')} className="flex-1">
          {list.isPending && <EmptyState>{t('app.loading')}</EmptyState>}
          {list.isError && (
            <Alert tone="warning">
              {t('review.list.loadFailed')}: {apiErrorMessage(t, list.error)}
            </Alert>
          )}
          {list.data && (
            // The last page stays on screen while the next loads: dimmed, and busy to assistive tech.
            <div aria-busy={list.isPlaceholderData} className={list.isPlaceholderData ? 'opacity-60' : undefined}>
              <ReviewTable list={list.data} selectedId={selected?.id ?? null} onSelect={setSelected} onPage={setPage} />
            </div>
          )}
        </Region>
      </div>
      <Region title={t('review.record.title')} className="min-h-0">
        {selected ? (
          <ReviewRecordPanel key={selected.id} row={selected} meId={meId} lineName={lineName} />
        ) : (
          <EmptyState>{t('review.record.none')}</EmptyState>
        )}
      </Region>
    </div>
  );
}
