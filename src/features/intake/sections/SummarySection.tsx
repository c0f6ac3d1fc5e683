import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Intake } from '../../../contract';
import { Button, TextArea, translateValidation } from '../../../components';
import { Section } from './Section';

/** The call summary: written in wrap-up, started from the keyword notes. */
export function SummarySection({ notesSummary }: { notesSummary: string }) {
  const { t } = useTranslation();
  const { register, setValue, formState } = useFormContext<Intake>();
  return (
    <Section section="summary">
      <TextArea rows={5} label={t('intake.summary')} error={translateValidation(t, formState.errors.summary?.message)} {...register('summary')} />
      <Button
        tone="secondary"
        className="self-start"
        disabled={notesSummary === ''}
        onClick={() => setValue('summary', notesSummary, { shouldDirty: true, shouldValidate: true })}
      >
        {t('intake.summaryFromNotes')}
      </Button>
    </Section>
  );
}
