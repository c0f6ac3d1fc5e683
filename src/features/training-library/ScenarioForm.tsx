import { zodResolver } from '@hookform/resolvers/zod';
import { FormProvider, useForm, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Region, SelectField, TextArea, TextField, apiErrorMessage, translateValidation } from '../../components';
import { ageBands, genders, occupations, problemCategories } from '../../contract/intake';
import { ScenarioDraft, type Scenario } from '../../contract/training';
import { useSaveScenario } from './library-api';
import { ScenarioExpectationsFields } from './ScenarioExpectationsFields';
import { ScenarioRevealsField } from './ScenarioRevealsField';

/** A new scenario starts as an ordinary counselling call on the province line, nothing expected yet. */
const blankDraft: ScenarioDraft = {
  title: '',
  titleEn: '',
  persona: { ageBand: 'unknown', gender: 'unknown', occupation: 'unknown', region: '', dialled: '12356' },
  problem: 'mood',
  brief: '',
  openingLine: '',
  reveals: [],
  expected: {
    riskLevel: 'none',
    callType: 'counselling',
    askScreener: true,
    location: false,
    callBack: false,
    emergencyService: null,
    referral: false,
    followUp: false,
  },
};

function draftOf(scenario: Scenario): ScenarioDraft {
  const { id: _id, builtIn: _builtIn, retiredAt: _retiredAt, updatedAt: _updatedAt, ...draft } = scenario;
  return draft;
}

function PersonaFields() {
  const { t } = useTranslation();
  const { register, formState } = useFormContext<ScenarioDraft>();
  const errors = formState.errors.persona;
  const options = (values: readonly string[], prefix: 'ageBands' | 'genders' | 'occupations') =>
    values.map((value) => ({ value, label: t(`intake.${prefix}.${value}` as 'intake.ageBands.unknown') }));
  return (
    <fieldset className="grid grid-cols-2 gap-3 md:grid-cols-3">
      <legend className="mb-1 font-semibold text-slate-800">{t('trainingLibrary.form.persona')}</legend>
      <SelectField label={t('intake.caller.ageBand')} options={options(ageBands, 'ageBands')} {...register('persona.ageBand')} />
      <SelectField label={t('intake.caller.gender')} options={options(genders, 'genders')} {...register('persona.gender')} />
      <SelectField label={t('intake.caller.occupation')} options={options(occupations, 'occupations')} {...register('persona.occupation')} />
      <TextField label={t('trainingLibrary.form.region')} error={translateValidation(t, errors?.region?.message)} {...register('persona.region')} />
      <TextField
        label={t('trainingLibrary.form.dialled')}
        inputMode="numeric"
        error={translateValidation(t, errors?.dialled?.message)}
        {...register('persona.dialled')}
      />
    </fieldset>
  );
}

/**
 * Writes or edits a scenario, validated by the contract's own schema (the API checks the same):
 * who the trainer plays, the brief and opening line, the facts given only when asked, and the
 * expectations its rubric is scored against.
 */
export function ScenarioForm({ scenario, onDone }: { scenario: Scenario | null; onDone: () => void }) {
  const { t } = useTranslation();
  const save = useSaveScenario();
  const form = useForm<ScenarioDraft>({ resolver: zodResolver(ScenarioDraft), defaultValues: scenario ? draftOf(scenario) : blankDraft });
  const { register, formState } = form;
  const error = (message: string | undefined) => translateValidation(t, message);
  const heading = scenario ? t('trainingLibrary.form.editTitle', { title: scenario.title }) : t('trainingLibrary.form.newTitle');
  const problems = (Object.keys(problemCategories) as Array<keyof typeof problemCategories>).map((value) => ({
    value,
    label: t(`intake.problems.${value}.label`),
  }));
  return (
    <Region title={heading}>
      <FormProvider {...form}>
        <form
          noValidate
          aria-label={heading}
          className="flex flex-col gap-4"
          onSubmit={form.handleSubmit((draft) => save.mutate({ id: scenario?.id ?? null, draft }, { onSuccess: onDone }))}
        >
          <div className="grid grid-cols-2 gap-3">
            <TextField label={t('trainingLibrary.form.title')} error={error(formState.errors.title?.message)} {...register('title')} />
            <TextField label={t('trainingLibrary.form.titleEn')} error={error(formState.errors.titleEn?.message)} {...register('titleEn')} />
          </div>
          <PersonaFields />
          <SelectField label={t('trainingLibrary.form.problem')} options={problems} {...register('problem')} />
          <TextArea label={t('trainingLibrary.form.brief')} rows={5} error={error(formState.errors.brief?.message)} {...register('brief')} />
          <TextArea
            label={t('trainingLibrary.form.openingLine')}
            rows={2}
            error={error(formState.errors.openingLine?.message)}
            {...register('openingLine')}
          />
          <ScenarioRevealsField />
          <ScenarioExpectationsFields />
          {save.isError && <Alert tone="error">{apiErrorMessage(t, save.error)}</Alert>}
          <div className="flex gap-3">
            <Button type="submit" disabled={save.isPending}>
              {t('trainingLibrary.form.save')}
            </Button>
            <Button tone="secondary" onClick={onDone}>
              {t('trainingLibrary.form.cancel')}
            </Button>
          </div>
        </form>
      </FormProvider>
    </Region>
  );
}
