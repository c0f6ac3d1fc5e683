import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { callTypes, type Intake } from '../../../contract';
import { Section } from './Section';

export function CallTypeSection() {
  const { t } = useTranslation();
  const { register } = useFormContext<Intake>();
  return (
    <Section section="callType">
      <fieldset className="flex flex-wrap gap-x-4 gap-y-1">
        <legend className="sr-only">{t('intake.sections.callType')}</legend>
        {callTypes.map((type) => (
          <label key={type} className="flex items-center gap-1 text-sm">
            <input type="radio" value={type} className="accent-teal-700" {...register('callType')} />
            {t(`intake.callTypes.${type}`)}
          </label>
        ))}
      </fieldset>
    </Section>
  );
}
