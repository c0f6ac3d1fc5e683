import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Checkbox, TextField, translateValidation } from '../../components';
import { durationRange, durationUnits, numberRange, type DurationField, type SettingsForm } from './units';

/** Counts and periods that are no duration in seconds: shown in the unit the contract keeps them in. */
const countUnits = { crisisCallsInRowWarn: 'calls', followUpDueHours: 'hours', callerDataRetentionMonths: 'months' } as const;
export type NumberField = DurationField | keyof typeof countUnits;

const format = (value: number) => String(Math.round(value * 10) / 10);

/** One number of the settings, with its unit and the range the contract allows, in that unit. */
export function SettingNumber({ field }: { field: NumberField }) {
  const { t } = useTranslation();
  const { register, formState } = useFormContext<SettingsForm>();
  const isDuration = field in durationUnits;
  const unit = isDuration ? durationUnits[field as DurationField] : countUnits[field as keyof typeof countUnits];
  const range = isDuration
    ? durationRange(field as DurationField)
    : numberRange(field);
  return (
    <TextField
      type="number"
      step="any"
      label={`${t(`adminConfig.settings.fields.${field}`)}（${t(`adminConfig.units.${unit}`)}）`}
      hint={t('adminConfig.settings.range', { min: format(range.min), max: format(range.max) })}
      error={translateValidation(t, formState.errors[field]?.message)}
      {...register(field, { valueAsNumber: true })}
    />
  );
}

/** The province's other centres that may take this centre's callers after the overflow time; never itself. */
export function OverflowField({ areaCode, centres }: { areaCode: string; centres: { areaCode: string; name: string }[] }) {
  const { t } = useTranslation();
  const { register, formState } = useFormContext<SettingsForm>();
  const errors = formState.errors.overflowCentres;
  const messages = [errors?.message, ...(Array.isArray(errors) ? errors.map((error) => error?.message) : [])].filter(Boolean);
  return (
    <fieldset className="col-span-full">
      <legend className="text-sm font-medium text-slate-800">{t('adminConfig.settings.fields.overflowCentres')}</legend>
      <div className="flex flex-wrap gap-3">
        {centres
          .filter((centre) => centre.areaCode !== areaCode)
          .map((centre) => (
            <Checkbox key={centre.areaCode} label={`${centre.name}（${centre.areaCode}）`} value={centre.areaCode} {...register('overflowCentres')} />
          ))}
      </div>
      {messages.map((message) => (
        <p key={message} className="text-sm text-red-700">
          {translateValidation(t, message)}
        </p>
      ))}
    </fieldset>
  );
}
