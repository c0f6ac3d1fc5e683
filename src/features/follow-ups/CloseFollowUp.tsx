import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCloseFollowUp } from '../../api/follow-ups';
import { CloseFollowUpRequest, followUpOutcomes, type FollowUpOutcome } from '../../contract';
import { Alert, Button, SelectField, TextArea, apiErrorMessage, translateValidation } from '../../components';

/** The outcome of a follow-up call, which closes the task and stays on the record. */
export function CloseFollowUp({ id, onCancel }: { id: string; onCancel(): void }) {
  const { t } = useTranslation();
  const close = useCloseFollowUp();
  const [outcome, setOutcome] = useState<FollowUpOutcome | ''>('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<{ outcome?: string | undefined; note?: string | undefined }>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = CloseFollowUpRequest.safeParse({ outcome, note });
    if (!parsed.success) {
      const messageOf = (field: 'outcome' | 'note') =>
        translateValidation(t, parsed.error.issues.find((issue) => issue.path[0] === field)?.message);
      setErrors({ outcome: outcome ? messageOf('outcome') : t('followUps.chooseOutcome'), note: messageOf('note') });
      return;
    }
    setErrors({});
    close.mutate({ id, request: parsed.data });
  };

  return (
    <form className="mt-2 flex flex-col gap-2 rounded-md p-3 ring-1 ring-slate-300" aria-label={t('followUps.closeTitle')} noValidate onSubmit={submit}>
      <SelectField
        label={t('followUps.outcome')}
        value={outcome}
        error={errors.outcome}
        onChange={(event) => setOutcome(event.target.value as FollowUpOutcome | '')}
        options={[
          { value: '', label: t('followUps.choose') },
          ...followUpOutcomes.map((value) => ({ value, label: t(`followUps.outcomes.${value}`) })),
        ]}
      />
      <TextArea
        label={t('followUps.note')}
        placeholder={t('followUps.notePlaceholder')}
        value={note}
        error={errors.note}
        onChange={(event) => setNote(event.target.value)}
      />
      {close.isError && <Alert tone="error">{apiErrorMessage(t, close.error)}</Alert>}
      <div className="flex gap-2">
        <Button type="submit" disabled={close.isPending}>
          {t('followUps.confirm')}
        </Button>
        <Button tone="quiet" onClick={onCancel}>
          {t('followUps.cancel')}
        </Button>
      </div>
    </form>
  );
}
