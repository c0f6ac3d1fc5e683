import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useContactReview } from '../../api/review';
import { Alert, Button } from '../../components';
import { formatBeijingDateTime } from '../../lib/time';

/** The supervisor's review (督导意见) of one of the counsellor's records, read when asked for (audited). */
function ReviewText({ contactId }: { contactId: string }) {
  const { t, i18n } = useTranslation();
  const review = useContactReview(contactId);
  if (review.isPending) return <p className="text-xs text-slate-500">{t('app.loading')}</p>;
  if (review.isError || !review.data.review) return <Alert tone="warning">{t('record.review.loadFailed')}</Alert>;
  const { text, authorName, updatedAt } = review.data.review;
  return (
    <figure className="w-full rounded-md bg-teal-50 p-2 text-sm text-slate-800" aria-label={t('record.review.title')}>
      <blockquote className="whitespace-pre-wrap">{text}</blockquote>
      <figcaption className="mt-1 text-xs text-slate-600">
        {t('record.review.by', { name: authorName, time: formatBeijingDateTime(updatedAt, i18n.language) })}
      </figcaption>
    </figure>
  );
}

/** A reviewed record's mark, and its review beneath the record when the counsellor opens it. */
export function RecordReviewNote({ contactId }: { contactId: string }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  return (
    <>
      <span className="rounded bg-teal-50 px-1.5 py-0.5 text-xs text-teal-900">{t('record.review.mark')}</span>
      <Button tone="quiet" aria-expanded={shown} onClick={() => setShown(!shown)}>
        {shown ? t('record.review.hide') : t('record.review.show')}
      </Button>
      {shown && <ReviewText contactId={contactId} />}
    </>
  );
}
