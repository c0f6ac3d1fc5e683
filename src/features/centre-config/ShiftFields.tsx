import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button, TextField, translateValidation } from '../../components';
import type { SettingsForm } from './units';

/** A centre's shifts: names, start and end in Beijing time (an end at or before the start runs past midnight). */
export function ShiftFields() {
  const { t } = useTranslation();
  const { control, register, formState, getValues } = useFormContext<SettingsForm>();
  const shifts = useFieldArray({ control, name: 'shifts', keyName: 'key' });
  const errors = formState.errors.shifts;
  const error = (message: string | undefined) => translateValidation(t, message);
  // A new shift needs an id the shift clock can name it by; the admin never sees it.
  const newId = () => {
    const taken = new Set(getValues('shifts').map((shift) => shift.id));
    let n = shifts.fields.length + 1;
    while (taken.has(`shift-${n}`)) n += 1;
    return `shift-${n}`;
  };
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-1 font-semibold text-slate-800">{t('adminConfig.settings.shifts')}</legend>
      <p className="text-sm text-slate-600">{t('adminConfig.settings.shiftsHint')}</p>
      {errors?.root?.message && <p className="text-sm text-red-700">{error(errors.root.message)}</p>}
      {errors?.message && <p className="text-sm text-red-700">{error(errors.message)}</p>}
      <ol className="flex flex-col gap-2">
        {shifts.fields.map((field, index) => {
          const label = getValues(`shifts.${index}.nameZh`) || t('adminConfig.settings.newShift');
          return (
            <li key={field.key}>
              <fieldset className="grid grid-cols-2 items-end gap-2 md:grid-cols-3">
                <legend className="sr-only">{`${index + 1}. ${label}`}</legend>
                <TextField label={t('adminConfig.nameZh')} error={error(errors?.[index]?.nameZh?.message)} {...register(`shifts.${index}.nameZh`)} />
                {/* The id is not shown; the API's refusal of a repeated one is shown at the shift's name. */}
                <TextField label={t('adminConfig.nameEn')} error={error(errors?.[index]?.nameEn?.message ?? errors?.[index]?.id?.message)} {...register(`shifts.${index}.nameEn`)} />
                <TextField type="time" label={t('adminConfig.settings.start')} error={error(errors?.[index]?.start?.message)} {...register(`shifts.${index}.start`)} />
                <TextField type="time" label={t('adminConfig.settings.end')} error={error(errors?.[index]?.end?.message)} {...register(`shifts.${index}.end`)} />
                <Button tone="secondary" disabled={shifts.fields.length === 1} onClick={() => shifts.remove(index)} aria-label={`${t('adminConfig.remove')}：${label}`}>
                  {t('adminConfig.remove')}
                </Button>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div>
        <Button tone="secondary" disabled={shifts.fields.length >= 6} onClick={() => shifts.append({ id: newId(), nameZh: '', nameEn: '', start: '08:00', end: '16:00' })}>
          {t('adminConfig.settings.addShift')}
        </Button>
      </div>
    </fieldset>
  );
}
