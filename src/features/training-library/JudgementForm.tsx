import { set, useForm, type FieldErrors, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Alert, Button, TextArea, TextField, apiErrorMessage, translateValidation } from '../../components';
import { ScoreTrainingCallRequest, type TrainingResult } from '../../contract/training';
import { useScoreTrainingCall } from './library-api';

const scores = [1, 2, 3, 4, 5] as const;
/** The radio value of "could not be observed on this call" (the contract's null). */
const NOT_OBSERVED = '';

type Form = { judgement: Array<{ item: string; score: string; comment: string }>; comment: string };

const toForm = (result: TrainingResult): Form => ({
  judgement: result.judgement.map((score) => ({ item: score.item, score: score.score === null ? NOT_OBSERVED : String(score.score), comment: score.comment })),
  comment: result.comment,
});

const requestShape = (form: Form) => ({
  judgement: form.judgement.map((score) => ({ ...score, score: score.score === NOT_OBSERVED ? null : Number(score.score) })),
  comment: form.comment,
});
const toRequest = (form: Form) => ScoreTrainingCallRequest.parse(requestShape(form));

/** The contract's schema checks the form (radio values become the contract's scores first). */
const resolver: Resolver<Form> = async (values) => {
  const parsed = ScoreTrainingCallRequest.safeParse(requestShape(values));
  if (parsed.success) return { values, errors: {} };
  const errors: FieldErrors<Form> = {};
  for (const issue of parsed.error.issues) set(errors, issue.path.join('.'), { type: 'validation', message: issue.message });
  return { values: {}, errors };
};

/** The call's trainer scores the judgement items (1–5, or not observed) with comments; scoring again replaces. */
export function JudgementForm({ result }: { result: TrainingResult }) {
  const { t } = useTranslation();
  const save = useScoreTrainingCall(result.call.id);
  const form = useForm<Form>({ defaultValues: toForm(result), resolver });
  const { register, formState } = form;
  return (
    <form
      noValidate
      aria-label={t('trainingLibrary.rubric.judgement')}
      className="flex flex-col gap-3"
      onSubmit={form.handleSubmit((values) => save.mutate(toRequest(values), { onSuccess: (saved) => form.reset(toForm(saved)) }))}
    >
      <p className="text-xs text-slate-600">{t('trainingLibrary.rubric.scale')}</p>
      {result.judgement.map((score, index) => {
        const label = t(`trainingLibrary.rubric.judgementItems.${score.item}`);
        return (
          <fieldset key={score.item} className="grid grid-cols-[12rem_1fr] items-center gap-2">
            <legend className="sr-only">{label}</legend>
            <span aria-hidden className="text-sm font-medium">
              {label}
            </span>
            <div className="flex flex-wrap items-center gap-3 text-sm">
              {scores.map((n) => (
                <label key={n} className="flex items-center gap-1">
                  <input type="radio" value={String(n)} className="accent-teal-700" {...register(`judgement.${index}.score`)} />
                  {t('trainingLibrary.rubric.score', { n })}
                </label>
              ))}
              <label className="flex items-center gap-1">
                <input type="radio" value={NOT_OBSERVED} className="accent-teal-700" {...register(`judgement.${index}.score`)} />
                {t('trainingLibrary.rubric.notObserved')}
              </label>
            </div>
            <TextField
              className="col-span-2"
              label={`${label} · ${t('trainingLibrary.rubric.itemComment')}`}
              error={translateValidation(t, formState.errors.judgement?.[index]?.comment?.message)}
              {...register(`judgement.${index}.comment`)}
            />
          </fieldset>
        );
      })}
      <TextArea label={t('trainingLibrary.rubric.comment')} rows={3} error={translateValidation(t, formState.errors.comment?.message)} {...register('comment')} />
      {save.isError && <Alert tone="error">{apiErrorMessage(t, save.error)}</Alert>}
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={save.isPending}>
          {t('trainingLibrary.rubric.save')}
        </Button>
        {save.isSuccess && !formState.isDirty && (
          <span role="status" className="text-sm text-green-800">
            {t('trainingLibrary.rubric.saved')}
          </span>
        )}
      </div>
    </form>
  );
}
