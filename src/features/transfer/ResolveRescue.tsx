import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useResolveRescue } from '../../api';
import { RescueOutcome } from '../../contract';
import { Alert, Button, SelectField, TextArea, apiErrorMessage, translateValidation } from '../../components';

type Outcome = RescueOutcome['outcome'] | '';

/**
 * How a rescue ended, for a record already completed: the police or the hospital often call back
 * hours later, after the counsellor has moved on (or the next shift has come in).
 */
export function ResolveRescue({ contactId }: { contactId: string }) {
  const { t } = useTranslation();
  const resolve = useResolveRescue();
  const [open, setOpen] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<{ outcome?: string; note?: string }>({});

  if (!open) {
    return (
      <button type="button" className="text-amber-900 underline" onClick={() => setOpen(true)}>
        {t('rescue.record')}
      </button>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = RescueOutcome.safeParse({ outcome, note });
    if (!parsed.success) {
      const messageOf = (field: 'outcome' | 'note') =>
        translateValidation(t, parsed.error.issues.find((issue) => issue.path[0] === field)?.message);
      setErrors({ outcome: outcome ? messageOf('outcome') : t('rescue.chooseOutcome'), note: messageOf('note') });
      return;
    }
    setErrors({});
    resolve.mutate({ contactId, outcome: parsed.data });
  };

  return (
    <form className="mt-1 flex w-full flex-col gap-2" onSubmit={submit} noValidate>
      <SelectField
        label={t('imminent.handoffOutcome')}
        value={outcome}
        error={errors.outcome}
        onChange={(event) => setOutcome(event.target.value as Outcome)}
        options={[
          { value: '', label: t('outcome.choose') },
          ...RescueOutcome.shape.outcome.options.map((value) => ({ value, label: t(`imminent.outcomes.${value}`) })),
        ]}
      />
      <TextArea label={t('imminent.handoffNote')} rows={2} value={note} error={errors.note} onChange={(event) => setNote(event.target.value)} />
      {resolve.isError && <Alert tone="error">{apiErrorMessage(t, resolve.error)}</Alert>}
      <div className="flex gap-2">
        <Button type="submit" disabled={resolve.isPending}>
          {t('rescue.save')}
        </Button>
        <Button type="button" tone="secondary" onClick={() => setOpen(false)}>
          {t('rescue.cancel')}
        </Button>
      </div>
    </form>
  );
}
