import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  askedScreenerItems,
  effectiveRisk,
  lifelineDomains,
  riskLevels,
  triageRisk,
  type Intake,
  type RiskLevel,
} from '../../../contract';
import { Checkbox, SelectField, TextArea, riskLevelTone, translateValidation } from '../../../components';
import { TriStateRadios } from '../TriStateRadios';
import { Section } from './Section';

const screenerNumbers = {
  wishedDead: '1',
  suicidalThoughts: '2',
  method: '3',
  intent: '4',
  plan: '5',
  behaviour: '6',
  behaviourWithin3Months: '6b',
} as const;

/**
 * The computed level, live, with the rule that set it; and the counsellor's override. Shown once,
 * in the form's sticky header, so it stays in view wherever the counsellor is in the form.
 */
export function RiskLevelBanner() {
  const { t } = useTranslation();
  const { control } = useFormContext<Intake>();
  const [screener, lifeline, override] = useWatch({ control, name: ['screener', 'lifeline', 'riskOverride'] });
  const triage = triageRisk(screener, lifeline);
  const level = effectiveRisk(triage, override);
  return (
    <div role="status" aria-live="polite" data-risk-level={level} className={`rounded-md px-3 py-2 ${riskLevelTone[level]}`}>
      <p className="text-base font-semibold">{t('risk.current', { level: t(`risk.levels.${level}`) })}</p>
      <p className="text-xs">
        {t('risk.computed', { level: t(`risk.levels.${triage.level}`), rule: t(`risk.rules.${triage.rule}`) })}
        {override && ` · ${t('risk.overridden')}`}
      </p>
    </div>
  );
}

export function RiskSection() {
  const { t } = useTranslation();
  const { control, register, setValue, formState } = useFormContext<Intake>();
  const [screener, override] = useWatch({ control, name: ['screener', 'riskOverride'] });
  const asked = askedScreenerItems(screener);

  return (
    <Section section="risk">
      <div className="flex flex-col" role="group" aria-label={t('risk.screener')}>
        <p className="mb-1 text-xs text-slate-500">{t('risk.screenerHint')}</p>
        {asked.map((item) => (
          <TriStateRadios key={item} number={screenerNumbers[item]} label={t(`risk.questions.${item}`)} field={register(`screener.${item}`)} />
        ))}
      </div>
      <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
        {(Object.keys(lifelineDomains) as Array<keyof typeof lifelineDomains>).map((domain) => (
          <fieldset key={domain} className="rounded-md bg-slate-50 p-2">
            <legend className="text-sm font-medium text-slate-700">{t(`risk.domains.${domain}.title`)}</legend>
            {lifelineDomains[domain].map((flag) => (
              <Checkbox
                key={flag}
                label={t(`risk.domains.${domain}.${flag}` as 'risk.domains.desire.title')}
                {...register(`lifeline.${domain}.${flag}` as 'lifeline.meansAtHandNow')}
              />
            ))}
          </fieldset>
        ))}
      </div>
      <Checkbox label={t('risk.meansAtHandNow')} {...register('lifeline.meansAtHandNow')} />
      <details className="rounded-md bg-slate-50 p-2" open={override !== null}>
        <summary className="cursor-pointer text-sm font-medium text-slate-700">{t('risk.override')}</summary>
        <div className="mt-2 flex flex-col gap-2">
          <SelectField
            label={t('risk.overrideLevel')}
            value={override?.level ?? ''}
            options={[{ value: '', label: t('risk.noOverride') }, ...riskLevels.map((value) => ({ value, label: t(`risk.levels.${value}`) }))]}
            onChange={(event) => {
              const value = event.target.value as RiskLevel | '';
              setValue('riskOverride', value ? { level: value, reason: override?.reason ?? '' } : null, {
                shouldDirty: true,
                shouldValidate: true,
              });
            }}
          />
          {override && (
            <TextArea
              label={t('risk.overrideReason')}
              hint={t('risk.overrideAudited')}
              required
              error={translateValidation(t, formState.errors.riskOverride?.reason?.message)}
              {...register('riskOverride.reason')}
            />
          )}
        </div>
      </details>
    </Section>
  );
}
