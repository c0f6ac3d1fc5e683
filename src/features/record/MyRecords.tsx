import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useContactList } from '../../api';
import { Alert, Button, apiErrorMessage } from '../../components';
import { formatBeijingDateTime } from '../../lib/time';
import { openRecordById } from './open-record';
import { useRecordStore } from './record-store';

// Loaded when a review is opened: most records have none, and the workstation's first load is at its budget.
const RecordReviewNote = lazy(() => import('./RecordReviewNote').then((module) => ({ default: module.RecordReviewNote })));

/** A reviewed record's mark, and the supervisor's review beneath it when asked for. */
function ReviewToggle({ contactId }: { contactId: string }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  return (
    <>
      <Button tone="quiet" aria-expanded={shown} onClick={() => setShown(!shown)}>
        {shown ? t('record.list.hideReview') : t('record.list.showReview')}
      </Button>
      {shown && (
        <Suspense fallback={<p className="text-xs text-slate-500">{t('app.loading')}</p>}>
          <div className="basis-full">
            <RecordReviewNote contactId={contactId} />
          </div>
        </Suspense>
      )}
    </>
  );
}

/** The counsellor's own records, unfinished first: open one to finish its wrap-up. */
export function MyRecords({ canOpen, regions }: { canOpen: boolean; regions: string[] }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const list = useContactList('mine');
  const openId = useRecordStore((state) => state.open?.id);

  if (list.isPending) return <p className="text-sm text-slate-500">{t('app.loading')}</p>;
  if (list.isError) return <Alert tone="warning">{apiErrorMessage(t, list.error)}</Alert>;
  const contacts = [...list.data.contacts].sort((a, b) =>
    a.status === b.status ? b.answeredAt.localeCompare(a.answeredAt) : a.status === 'draft' ? -1 : 1,
  );
  if (contacts.length === 0) return <p className="text-sm text-slate-500">{t('record.list.empty')}</p>;

  return (
    <ul className="flex flex-col divide-y divide-slate-100 text-sm" aria-label={t('record.list.title')}>
      {contacts.map((contact) => (
        <li key={contact.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
          <div>
            <p className="font-medium text-slate-800">
              {formatBeijingDateTime(contact.answeredAt, i18n.language)} · {contact.callerNumberMasked || t('call.hiddenNumber')}
            </p>
            <p className="text-xs text-slate-500">
              {t(`record.status.${contact.status}`)} · {t(`risk.levels.${contact.riskLevel}`)}
              {contact.reviewed && <span className="ml-2 rounded bg-teal-100 px-1.5 py-0.5 text-teal-900">{t('record.list.reviewed')}</span>}
            </p>
          </div>
          {contact.reviewed && <ReviewToggle contactId={contact.id} />}
          {contact.status === 'draft' && contact.id !== openId && (
            <Button
              tone="secondary"
              disabled={!canOpen}
              onClick={() => void openRecordById(queryClient, contact.id, regions)}
            >
              {t('record.list.open')}
            </Button>
          )}
        </li>
      ))}
    </ul>
  );
}
