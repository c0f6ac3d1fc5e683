import { useQueryClient } from '@tanstack/react-query';
import { Suspense, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { useContactList } from '../../api';
import { Alert, Button, apiErrorMessage } from '../../components';
import { formatBeijingDateTime } from '../../lib/time';
import { openRecordById } from './open-record';
import { useRecordStore } from './record-store';

/**
 * The counsellor's own records, unfinished first: open one to finish its wrap-up, or a completed
 * one to read (what became of it: its follow-up). A reviewed record shows its review with
 * `ReviewNote` (RecordReviewNote, which the screen loads lazily).
 */
export function MyRecords({
  canOpen,
  regions,
  ReviewNote,
}: {
  canOpen: boolean;
  regions: string[];
  ReviewNote: ComponentType<{ contactId: string }>;
}) {
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
            </p>
          </div>
          {contact.reviewed && (
            <Suspense>
              <ReviewNote contactId={contact.id} />
            </Suspense>
          )}
          {contact.id !== openId && (
            // A completed record opens read-only, to see what became of it (its follow-up).
            <Button
              tone={contact.status === 'draft' ? 'secondary' : 'quiet'}
              disabled={!canOpen}
              onClick={() => void openRecordById(queryClient, contact.id, regions)}
            >
              {contact.status === 'draft' ? t('record.list.open') : t('record.list.view')}
            </Button>
          )}
        </li>
      ))}
    </ul>
  );
}
