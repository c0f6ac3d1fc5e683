import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useInstitutions } from '../../../api';
import { effectiveRisk, referralCriteria, referralReasons, triageRisk, type Intake } from '../../../contract';
import { Alert, Checkbox, SelectField } from '../../../components';
import { Section } from './Section';

export function ReferralSection() {
  const { t, i18n } = useTranslation();
  const { control, register } = useFormContext<Intake>();
  const [checklist, screener, lifeline, override, institutionId] = useWatch({
    control,
    name: ['referral.checklist', 'screener', 'lifeline', 'riskOverride', 'referral.institutionId'],
  });
  const reasons = referralReasons(checklist, effectiveRisk(triageRisk(screener, lifeline), override));
  const institutions = useInstitutions();
  const english = i18n.language.startsWith('en');
  const chosen = institutions.data?.institutions.find((institution) => institution.id === institutionId);
  // A retired institution is offered no more, but a record that named it keeps showing its name.
  const offered = (institutions.data?.institutions ?? []).filter((institution) => !institution.retired || institution.id === institutionId);

  return (
    <Section section="referral">
      <div className="grid grid-cols-1 gap-1 md:grid-cols-2">
        {referralCriteria.map((criterion) => (
          <Checkbox key={criterion} label={t(`referral.criteria.${criterion}`)} {...register(`referral.checklist.${criterion}`)} />
        ))}
      </div>
      {reasons.length > 0 && (
        <Alert tone="warning">
          <strong className="block">{t('referral.recommended')}</strong>
          {reasons.map((reason) => t(`referral.criteria.${reason}`)).join('；')}
        </Alert>
      )}
      <SelectField
        // Mounted again once the list arrives, so a record's chosen institution shows as chosen.
        key={institutions.data ? 'loaded' : 'loading'}
        label={t('referral.institution')}
        options={[
          { value: '', label: t('referral.noInstitution') },
          ...offered.map((institution) => ({
            value: institution.id,
            label: `${english ? institution.nameEn : institution.nameZh}${institution.retired ? t('referral.retired') : ''}`,
          })),
        ]}
        {...register('referral.institutionId', { setValueAs: (value: string) => value || null })}
      />
      {chosen && (
        <ul className="text-sm text-slate-600">
          {chosen.phone && <li>{t('referral.phone', { phone: chosen.phone })}</li>}
          {chosen.address && <li>{t('referral.address', { address: chosen.address })}</li>}
          {chosen.hours && <li>{t('referral.hours', { hours: chosen.hours })}</li>}
          {chosen.services && <li>{t('referral.services', { services: chosen.services })}</li>}
        </ul>
      )}
    </Section>
  );
}
