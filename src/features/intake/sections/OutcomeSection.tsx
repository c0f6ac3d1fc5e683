import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { effectiveRisk, needsSafetyAction, outcomes, servicesGiven, triageRisk, type Intake } from '../../../contract';
import { Checkbox, SelectField, TextArea, TextField, translateValidation } from '../../../components';
import { Section } from './Section';

export function OutcomeSection() {
  const { t } = useTranslation();
  const { control, register, formState } = useFormContext<Intake>();
  const [screener, lifeline, override, safetyPlan, followUpNeeded] = useWatch({
    control,
    name: ['screener', 'lifeline', 'riskOverride', 'safety.safetyPlan', 'followUp.needed'],
  });
  const highRisk = needsSafetyAction(effectiveRisk(triageRisk(screener, lifeline), override));
  const errors = formState.errors;

  return (
    <Section section="outcome">
      <fieldset>
        <legend className="mb-1 text-sm font-medium text-slate-700">{t('outcome.services')}</legend>
        <div className="grid grid-cols-2 gap-1">
          {servicesGiven.map((service) => (
            <Checkbox key={service} value={service} label={t(`outcome.serviceNames.${service}`)} {...register('services')} />
          ))}
        </div>
        {errors.services && <p className="text-sm text-red-700">{translateValidation(t, errors.services.message)}</p>}
      </fieldset>
      <fieldset className={`rounded-md p-2 ${highRisk ? 'bg-orange-50 ring-1 ring-orange-300' : 'bg-slate-50'}`}>
        <legend className="text-sm font-medium text-slate-700">{t('outcome.safety')}</legend>
        {highRisk && <p className="mb-2 text-sm text-orange-900">{t('outcome.safetyRequired')}</p>}
        <Checkbox label={t('outcome.safetyPlan')} {...register('safety.safetyPlan')} />
        {safetyPlan && (
          <TextArea
            rows={2}
            label={t('outcome.safetyPlanNote')}
            error={translateValidation(t, errors.safety?.safetyPlanNote?.message)}
            {...register('safety.safetyPlanNote')}
          />
        )}
        <Checkbox label={t('outcome.transferred')} {...register('safety.transferred')} />
        <TextArea
          rows={2}
          label={t('outcome.noActionReason')}
          error={translateValidation(t, errors.safety?.noActionReason?.message ?? errors.safety?.message)}
          {...register('safety.noActionReason')}
        />
      </fieldset>
      <SelectField
        label={t('outcome.outcome')}
        error={translateValidation(t, errors.outcome?.message)}
        options={[{ value: '', label: t('outcome.choose') }, ...outcomes.map((value) => ({ value, label: t(`outcome.outcomes.${value}`) }))]}
        {...register('outcome', { setValueAs: (value: string) => value || null })}
      />
      <fieldset className="rounded-md bg-slate-50 p-2">
        <legend className="text-sm font-medium text-slate-700">{t('outcome.followUp')}</legend>
        <Checkbox label={t('outcome.followUpNeeded')} {...register('followUp.needed')} />
        {errors.followUp?.needed && <p className="text-sm text-red-700">{translateValidation(t, errors.followUp.needed.message)}</p>}
        {(followUpNeeded || highRisk) && (
          <div className="mt-2 grid grid-cols-2 gap-2">
            <TextField
              type="date"
              label={t('outcome.followUpDate')}
              error={translateValidation(t, errors.followUp?.date?.message)}
              {...register('followUp.date')}
            />
            <TextField label={t('outcome.followUpBy')} error={translateValidation(t, errors.followUp?.by?.message)} {...register('followUp.by')} />
          </div>
        )}
      </fieldset>
    </Section>
  );
}
