import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useContactReview, useSaveReview } from '../../api/review';
import { Alert, Button, TextArea, apiErrorMessage, translateValidation } from '../../components';
import { REVIEW_MAX_LENGTH, SaveReviewRequest, type RecordReview } from '../../contract/review';
import { formatBeijingDateTime } from '../../lib/time';

function Byline({ review }: { review: RecordReview }) {
  const { t, i18n } = useTranslation();
  const edited = review.updatedAt !== review.createdAt;
  return (
    <p className="text-xs text-slate-600">
      {t('review.editor.by', { name: review.authorName, time: formatBeijingDateTime(review.createdAt, i18n.language) })}
      {edited && ` · ${t('review.editor.edited', { time: formatBeijingDateTime(review.updatedAt, i18n.language) })}`}
    </p>
  );
}

function ReviewForm({ contactId, review }: { contactId: string; review: RecordReview | null }) {
  const { t } = useTranslation();
  const save = useSaveReview();
  const form = useForm<SaveReviewRequest>({ resolver: zodResolver(SaveReviewRequest), defaultValues: { text: review?.text ?? '' } });
  const { errors, isDirty } = form.formState;
  return (
    <form
      noValidate
      aria-label={t('review.editor.title')}
      className="flex flex-col gap-2"
      onSubmit={form.handleSubmit((values) =>
        save.mutate({ contactId, text: values.text }, { onSuccess: () => form.reset(values) }),
      )}
    >
      <TextArea
        label={t('review.editor.label')}
        hint={t('review.editor.hint')}
        rows={5}
        maxLength={REVIEW_MAX_LENGTH}
        error={translateValidation(t, errors.text?.message)}
        {...form.register('text')}
      />
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={save.isPending}>
          {t('review.editor.save')}
        </Button>
        {save.isSuccess && !isDirty && (
          <span role="status" className="text-sm text-green-800">
            {t('review.editor.saved')}
          </span>
        )}
      </div>
      {save.isError && <Alert tone="error">{apiErrorMessage(t, save.error)}</Alert>}
    </form>
  );
}

/**
 * The supervisor's review of one record: written here, edited by its author only (the API
 * refuses anyone else too); another supervisor's review is shown as written. A supervisor's own
 * call is left to a colleague.
 */
export function ReviewEditor({ contactId, meId, ownCall }: { contactId: string; meId: string; ownCall: boolean }) {
  const { t } = useTranslation();
  const current = useContactReview(contactId);
  if (current.isPending) return <p className="text-sm text-slate-500">{t('app.loading')}</p>;
  if (current.isError) return <Alert tone="warning">{apiErrorMessage(t, current.error)}</Alert>;
  const { review } = current.data;
  const mayWrite = !ownCall && (review === null || review.authorId === meId);
  return (
    <div className="flex flex-col gap-2">
      {review && <Byline review={review} />}
      {mayWrite ? (
        <ReviewForm key={contactId} contactId={contactId} review={review} />
      ) : (
        <>
          {review && <p className="whitespace-pre-wrap rounded bg-slate-50 p-2 text-sm text-slate-800">{review.text}</p>}
          <p className="text-sm text-slate-600">
            {ownCall ? t('review.editor.ownCall') : t('review.editor.othersReview', { name: review?.authorName ?? '' })}
          </p>
        </>
      )}
    </div>
  );
}
