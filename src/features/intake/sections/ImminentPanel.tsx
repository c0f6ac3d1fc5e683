import type { ReactNode } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { emergencyServices, handoffOutcomes, type Intake } from '../../../contract';
import { Button, SelectField, TextArea, TextField, translateValidation } from '../../../components';
import { formatBeijingTime } from '../../../lib/time';
import { Section } from './Section';

/**
 * Imminent danger: where the caller is and how to reach them again come first, and the
 * 110 / 120 hand-off is one click away. During the call the transfer bar's buttons place the
 * call (`emergencyActions`); without a call the hand-off made some other way is recorded here.
 * Laid out to fit the form's pane at 1366×768 whole: nothing here may need scrolling to.
 * The form shows it only while the risk is imminent.
 */
export function ImminentPanel({ callerNumber, emergencyActions }: { callerNumber: string | null; emergencyActions?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const { control, register, setValue, formState } = useFormContext<Intake>();
  const handoff = useWatch({ control, name: 'safety.emergencyHandoff' });
  const errors = formState.errors.imminent;

  return (
    <Section section="imminent">
      <div role="alert" className="rounded-md bg-red-50 p-3 ring-2 ring-red-600">
        <p className="mb-2 text-sm font-semibold text-red-900">{t('imminent.instruction')}</p>
        <div className="grid grid-cols-2 gap-x-3 gap-y-2">
          <TextArea
            rows={2}
            label={t('imminent.location')}
            required
            aria-required
            error={translateValidation(t, errors?.location?.message)}
            {...register('imminent.location')}
          />
          <div className="flex flex-col gap-1">
            <TextField
              label={t('imminent.callbackNumber')}
              inputMode="tel"
              required
              aria-required
              error={translateValidation(t, errors?.callbackNumber?.message)}
              {...register('imminent.callbackNumber')}
            />
            {callerNumber && (
              <Button
                tone="quiet"
                className="self-start !px-1 !py-0.5 text-xs"
                onClick={() => setValue('imminent.callbackNumber', callerNumber, { shouldDirty: true, shouldValidate: true })}
              >
                {t('imminent.useCallerNumber')}
              </Button>
            )}
          </div>
          <TextField label={t('imminent.means')} error={translateValidation(t, errors?.means?.message)} {...register('imminent.means')} />
          <TextField
            label={t('imminent.timeTaken')}
            error={translateValidation(t, errors?.timeTaken?.message)}
            {...register('imminent.timeTaken')}
          />
          <TextField
            label={t('imminent.callerState')}
            error={translateValidation(t, errors?.callerState?.message)}
            {...register('imminent.callerState')}
          />
          <SelectField
            label={t('imminent.othersPresent')}
            options={(['yes', 'no', 'unknown'] as const).map((value) => ({ value, label: t(`imminent.others.${value}`) }))}
            {...register('imminent.othersPresent')}
          />
        </div>
        <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-2 border-t border-red-200 pt-2">
          <p className="text-sm font-medium text-red-900">{t('imminent.handoffTitle')}</p>
          {handoff ? (
            <div className="grid w-full grid-cols-2 gap-2" data-handoff={handoff.service}>
              <p className="col-span-2 text-sm text-slate-800">
                {t('imminent.handoffRecorded', {
                  service: t(`imminent.services.${handoff.service}`),
                  time: formatBeijingTime(new Date(handoff.at), i18n.language, false),
                })}
              </p>
              <SelectField
                label={t('imminent.handoffOutcome')}
                options={handoffOutcomes.map((value) => ({ value, label: t(`imminent.outcomes.${value}`) }))}
                {...register('safety.emergencyHandoff.outcome', {
                  // The rescue tracker needs when the outcome became known, not only what it was.
                  onChange: (event: { target: { value: string } }) =>
                    setValue('safety.emergencyHandoff.resolvedAt', event.target.value === 'pending' ? null : new Date().toISOString()),
                })}
              />
              <TextField label={t('imminent.handoffNote')} {...register('safety.emergencyHandoff.note')} />
            </div>
          ) : emergencyActions ? (
            emergencyActions
          ) : (
            <div className="flex gap-2">
              {emergencyServices
                .filter((service) => service !== '119')
                .map((service) => (
                  <Button
                    key={service}
                    tone="danger"
                    onClick={() =>
                      setValue(
                        'safety.emergencyHandoff',
                        { service, at: new Date().toISOString(), outcome: 'pending', resolvedAt: null, note: '' },
                        { shouldDirty: true, shouldValidate: true },
                      )
                    }
                  >
                    {t('imminent.recordHandoff', { service: t(`imminent.services.${service}`) })}
                  </Button>
                ))}
            </div>
          )}
        </div>
      </div>
    </Section>
  );
}
