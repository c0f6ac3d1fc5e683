import { useTranslation } from 'react-i18next';
import { useContactReview } from '../../api';
import { Alert } from '../../components';
import { formatBeijingDateTime } from '../../lib/time';

/** The supervisor's review (督导意见) of one of the counsellor's records, read when asked for (audited). */
export function RecordReviewNote({ contactId }: { contactId: string }) {
  const { t, i18n } = useTranslation();
  const review = useContactReview(contactId);
  if (review.isPending) return <p className="text-xs text-slate-500">{t('app.loading')}</p>;
  if (review.isError || !review.data.review) return <Alert tone="warning">{t('record.review.loadFailed')}</Alert>;
  const { text, authorName, updatedAt } = review.data.review;
  return (
    <figure className="rounded-md bg-teal-50 p-2 text-sm text-slate-800" aria-label={t('record.review.title')}>
      <blockquote className="whitespace-pre-wrap">{text}</blockquote>
      <figcaption className="mt-1 text-xs text-slate-600">
        {t('record.review.by', { name: authorName, time: formatBeijingDateTime(updatedAt, i18n.language) })}
      </figcaption>
    </figure>
  );
}
