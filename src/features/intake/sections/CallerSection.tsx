import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useLines } from '../../../api';
import { ageBands, genders, occupations, type Intake } from '../../../contract';
import { SelectField, TextField, translateValidation } from '../../../components';
import { Section } from './Section';

export function CallerSection() {
  const { t, i18n } = useTranslation();
  const { register, control, formState } = useFormContext<Intake>();
  const callingFor = useWatch({ control, name: 'caller.callingFor' });
  const { data: lines } = useLines();
  const english = i18n.language.startsWith('en');
  const regions = [
    ...(lines?.centres ?? []).map((centre) => ({ value: centre.areaCode, label: `${centre.areaCode} ${english ? centre.cityEn : centre.cityZh}` })),
    { value: 'other', label: t('intake.caller.otherProvince') },
    { value: 'unknown', label: t('intake.unknown') },
  ];
  return (
    <Section section="caller">
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-3">
        <SelectField label={t('intake.caller.ageBand')} options={ageBands.map((value) => ({ value, label: t(`intake.ageBands.${value}`) }))} {...register('caller.ageBand')} />
        <SelectField label={t('intake.caller.gender')} options={genders.map((value) => ({ value, label: t(`intake.genders.${value}`) }))} {...register('caller.gender')} />
        <SelectField label={t('intake.caller.region')} options={regions} {...register('caller.region')} />
        <SelectField
          label={t('intake.caller.occupation')}
          options={occupations.map((value) => ({ value, label: t(`intake.occupations.${value}`) }))}
          {...register('caller.occupation')}
        />
        <SelectField
          label={t('intake.caller.firstCall')}
          options={(['first', 'repeat', 'unknown'] as const).map((value) => ({ value, label: t(`intake.firstCall.${value}`) }))}
          {...register('caller.firstCall')}
        />
        <SelectField
          label={t('intake.caller.callingFor')}
          options={(['self', 'someone-else'] as const).map((value) => ({ value, label: t(`intake.callingFor.${value}`) }))}
          {...register('caller.callingFor')}
        />
      </div>
      {callingFor === 'someone-else' && (
        <TextField
          label={t('intake.caller.relationship')}
          error={translateValidation(t, formState.errors.caller?.relationship?.message)}
          {...register('caller.relationship')}
        />
      )}
    </Section>
  );
}
