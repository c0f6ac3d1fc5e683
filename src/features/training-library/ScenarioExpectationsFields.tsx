import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Checkbox, SelectField } from '../../components';
import { callTypes, emergencyServices } from '../../contract/intake';
import { riskLevels } from '../../contract/risk';
import type { ScenarioDraft } from '../../contract/training';

const checks = ['askScreener', 'location', 'callBack', 'referral', 'followUp'] as const;

/** What the trainee should do on the call: the automatic rubric items are scored against these. */
export function ScenarioExpectationsFields() {
  const { t } = useTranslation();
  const { register } = useFormContext<ScenarioDraft>();
  return (
    <fieldset className="grid grid-cols-2 gap-3 md:grid-cols-3">
      <legend className="mb-1 font-semibold text-slate-800">{t('trainingLibrary.form.expected')}</legend>
      <SelectField
        label={t('trainingLibrary.form.riskLevel')}
        options={riskLevels.map((value) => ({ value, label: t(`risk.levels.${value}`) }))}
        {...register('expected.riskLevel')}
      />
      <SelectField
        label={t('trainingLibrary.form.callType')}
        options={callTypes.map((value) => ({ value, label: t(`intake.callTypes.${value}`) }))}
        {...register('expected.callType')}
      />
      <SelectField
        label={t('trainingLibrary.form.emergencyService')}
        options={[{ value: '', label: t('trainingLibrary.form.noEmergency') }, ...emergencyServices.map((value) => ({ value, label: value }))]}
        // The select's "none" is the contract's null.
        {...register('expected.emergencyService', { setValueAs: (value: string | null) => (value ? value : null) })}
      />
      <div className="col-span-full flex flex-wrap gap-x-6 gap-y-2">
        {checks.map((name) => (
          <Checkbox key={name} label={t(`trainingLibrary.form.${name}`)} {...register(`expected.${name}`)} />
        ))}
      </div>
    </fieldset>
  );
}
