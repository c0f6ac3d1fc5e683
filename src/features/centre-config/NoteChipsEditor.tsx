import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Region, TextField, apiErrorMessage, translateValidation } from '../../components';
import { NoteChipList } from '../../contract';
import { useChips, useSaveChips } from './config-api';
import { configErrorMap } from './error-map';
import { showServerIssues } from './server-issues';

function ChipsForm({ saved }: { saved: NoteChipList }) {
  const { t } = useTranslation();
  const save = useSaveChips();
  const form = useForm<NoteChipList>({ resolver: zodResolver(NoteChipList, { error: configErrorMap }), defaultValues: saved });
  const chips = useFieldArray({ control: form.control, name: 'chips', keyName: 'key' });
  const [done, setDone] = useState(false);
  const errors = form.formState.errors.chips;
  const error = (message: string | undefined) => translateValidation(t, message);
  const submit = form.handleSubmit((list) => {
    setDone(false);
    save.mutate(list, { onSuccess: () => setDone(true), onError: (failure) => showServerIssues(failure, form.setError) });
  });
  return (
    <form noValidate aria-label={t('adminConfig.chips.title')} className="flex flex-col gap-3" onSubmit={submit}>
      <p className="text-sm text-slate-600">{t('adminConfig.chips.intro')}</p>
      <ol className="flex flex-col gap-2">
        {chips.fields.map((field, index) => {
          const label = form.getValues(`chips.${index}.zh`) || t('adminConfig.chips.newChip');
          return (
            <li key={field.key}>
              <fieldset className="grid grid-cols-2 items-end gap-2 md:grid-cols-3">
                <legend className="sr-only">{`${index + 1}. ${label}`}</legend>
                <TextField label={t('adminConfig.chips.id')} error={error(errors?.[index]?.id?.message)} {...form.register(`chips.${index}.id`)} />
                <TextField label={t('adminConfig.nameZh')} error={error(errors?.[index]?.zh?.message)} {...form.register(`chips.${index}.zh`)} />
                <TextField label={t('adminConfig.nameEn')} error={error(errors?.[index]?.en?.message)} {...form.register(`chips.${index}.en`)} />
                <div className="flex gap-1">
                  <Button tone="quiet" disabled={index === 0} onClick={() => chips.move(index, index - 1)} aria-label={`${t('adminConfig.moveUp')}：${label}`}>
                    ↑
                  </Button>
                  <Button tone="secondary" onClick={() => chips.remove(index)} aria-label={`${t('adminConfig.remove')}：${label}`}>
                    {t('adminConfig.remove')}
                  </Button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div className="flex gap-3">
        <Button tone="secondary" onClick={() => chips.append({ id: '', zh: '', en: '' })}>
          {t('adminConfig.chips.add')}
        </Button>
        <Button type="submit" disabled={save.isPending}>
          {t('adminConfig.save')}
        </Button>
      </div>
      {save.isError && <Alert tone="error">{apiErrorMessage(t, save.error)}</Alert>}
      {done && <Alert tone="success">{t('adminConfig.saved')}</Alert>}
    </form>
  );
}

/** The note pad's quick-insert topics, in the order counsellors see them. */
export function NoteChipsEditor() {
  const { t } = useTranslation();
  const chips = useChips();
  return (
    <Region title={t('adminConfig.chips.title')}>
      {chips.isError && <Alert tone="error">{apiErrorMessage(t, chips.error)}</Alert>}
      {chips.data ? <ChipsForm saved={chips.data} /> : !chips.isError && <p className="text-slate-500">{t('app.loading')}</p>}
    </Region>
  );
}
