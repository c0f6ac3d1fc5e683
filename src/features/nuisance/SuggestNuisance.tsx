import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { callApi } from '../../api';
import { Alert, Button, TextField, apiErrorMessage } from '../../components';
import { api } from '../../contract';

/**
 * The counsellor's side of the nuisance list: suggest listing the caller of this record, with a
 * reason; a supervisor decides. Loaded with the record form (its messages are the form's), inside
 * whose <form> it sits: a group, not a nested form.
 */
export function SuggestNuisance({ contactId }: { contactId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const suggest = useMutation({ mutationFn: () => callApi(api.suggestNuisance, { params: { id: contactId }, body: { reason } }) });

  if (suggest.isSuccess) {
    return (
      <p role="status" className="text-sm text-slate-600">
        {t('nuisanceSuggest.sent')}
      </p>
    );
  }
  if (!open) {
    return (
      <div>
        <Button tone="quiet" onClick={() => setOpen(true)}>
          {t('nuisanceSuggest.open')}
        </Button>
      </div>
    );
  }
  return (
    <div role="group" aria-label={t('nuisanceSuggest.title')} className="flex flex-col gap-2 rounded-md bg-slate-50 p-2">
      <TextField
        label={t('nuisanceSuggest.reason')}
        hint={t('nuisanceSuggest.hint')}
        value={reason}
        maxLength={200}
        required
        onChange={(event) => setReason(event.target.value)}
      />
      <div className="flex gap-2">
        <Button disabled={reason.trim() === '' || suggest.isPending} onClick={() => suggest.mutate()}>
          {t('nuisanceSuggest.submit')}
        </Button>
        <Button tone="quiet" onClick={() => setOpen(false)}>
          {t('nuisanceSuggest.cancel')}
        </Button>
      </div>
      {suggest.isError && <Alert tone="error">{apiErrorMessage(t, suggest.error)}</Alert>}
    </div>
  );
}
