import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button, SelectField, TextArea, TextField, translateValidation } from '../../components';
import { revealTopics, type ScenarioDraft } from '../../contract/training';

const MAX_REVEALS = 12;

/** The facts the caller gives only when the trainee asks for them, each with what must be asked. */
export function ScenarioRevealsField() {
  const { t } = useTranslation();
  const { control, register, formState } = useFormContext<ScenarioDraft>();
  const reveals = useFieldArray({ control, name: 'reveals' });
  const topics = revealTopics.map((value) => ({ value, label: t(`trainingLibrary.topics.${value}`) }));
  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="mb-1 font-semibold text-slate-800">{t('trainingLibrary.form.reveals')}</legend>
      {reveals.fields.map((field, index) => {
        const errors = formState.errors.reveals?.[index];
        return (
          <fieldset key={field.id} className="grid grid-cols-[10rem_1fr] gap-2 rounded-md bg-slate-50 p-2">
            <legend className="sr-only">{t('trainingLibrary.form.revealN', { n: index + 1 })}</legend>
            <SelectField label={t('trainingLibrary.form.revealTopic')} options={topics} {...register(`reveals.${index}.topic`)} />
            <TextField
              label={t('trainingLibrary.form.whenAsked')}
              error={translateValidation(t, errors?.whenAsked?.message)}
              {...register(`reveals.${index}.whenAsked`)}
            />
            <TextArea
              className="col-span-2"
              label={t('trainingLibrary.form.fact')}
              rows={2}
              error={translateValidation(t, errors?.fact?.message)}
              {...register(`reveals.${index}.fact`)}
            />
            <Button tone="quiet" className="col-span-2 justify-self-start" onClick={() => reveals.remove(index)}>
              {t('trainingLibrary.form.removeReveal')}
            </Button>
          </fieldset>
        );
      })}
      <Button
        tone="secondary"
        className="self-start"
        disabled={reveals.fields.length >= MAX_REVEALS}
        onClick={() => reveals.append({ topic: 'location', whenAsked: '', fact: '' })}
      >
        {t('trainingLibrary.form.addReveal')}
      </Button>
    </fieldset>
  );
}
