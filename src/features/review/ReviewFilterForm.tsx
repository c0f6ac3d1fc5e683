import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button, SelectField, TextField, translateValidation } from '../../components';
import { PUBLIC_LINE, callTypes, problemCategories, riskLevels, type ProblemCategory } from '../../contract';
import { ReviewFilters } from '../../contract/review';

/** An empty choice ("any") is no filter at all, not a filter for the empty string. */
const anyIsNone = { setValueAs: (value: string) => (value === '' ? undefined : value) };

/**
 * The review list's filters, checked with the contract's own schema before they are sent (a
 * reversed date range is said here, not refused by the API).
 */
export function ReviewFilterForm({
  centreAreaCode,
  counsellors,
  onApply,
}: {
  centreAreaCode: string | null;
  counsellors: Array<{ id: string; name: string }>;
  onApply: (filters: ReviewFilters) => void;
}) {
  const { t } = useTranslation();
  const form = useForm<ReviewFilters>({ resolver: zodResolver(ReviewFilters), defaultValues: {} });
  const { errors } = form.formState;
  const any = { value: '', label: t('review.filters.any') };
  const choices = (values: readonly string[], label: (value: string) => string) => [any, ...values.map((value) => ({ value, label: label(value) }))];
  const lines = [PUBLIC_LINE, ...(centreAreaCode ? [centreAreaCode] : [])];

  return (
    <form
      noValidate
      aria-label={t('review.filters.title')}
      className="grid grid-cols-3 items-end gap-2"
      onSubmit={form.handleSubmit(onApply)}
      // The browser empties the fields (an "any" filter is no value, which the form's own reset leaves
      // shown). Values are given, or react-hook-form would reset the form element again: a loop.
      onReset={() => {
        form.reset({});
        onApply({});
      }}
    >
      <TextField type="date" label={t('review.filters.from')} {...form.register('from', anyIsNone)} />
      <TextField type="date" label={t('review.filters.to')} error={translateValidation(t, errors.to?.message)} {...form.register('to', anyIsNone)} />
      <SelectField
        label={t('review.filters.counsellor')}
        options={[any, ...counsellors.map((staff) => ({ value: staff.id, label: staff.name }))]}
        {...form.register('counsellorId', anyIsNone)}
      />
      <SelectField
        label={t('review.filters.line')}
        options={choices(lines, (line) =>
          line === PUBLIC_LINE ? t('review.filters.provinceLine') : t('review.filters.centreLine', { areaCode: line }),
        )}
        {...form.register('line', anyIsNone)}
      />
      <SelectField
        label={t('review.filters.riskLevel')}
        options={choices(riskLevels, (level) => t(`risk.levels.${level as (typeof riskLevels)[number]}`))}
        {...form.register('riskLevel', anyIsNone)}
      />
      <SelectField
        label={t('review.filters.callType')}
        options={choices(callTypes, (type) => t(`intake.callTypes.${type as (typeof callTypes)[number]}`))}
        {...form.register('callType', anyIsNone)}
      />
      <SelectField
        label={t('review.filters.problem')}
        options={choices(Object.keys(problemCategories), (category) => t(`intake.problems.${category as ProblemCategory}.label`))}
        {...form.register('problem', anyIsNone)}
      />
      <SelectField
        label={t('review.filters.openFollowUp')}
        options={[any, { value: 'yes', label: t('review.filters.followUpOpen') }, { value: 'no', label: t('review.filters.followUpNone') }]}
        {...form.register('openFollowUp', anyIsNone)}
      />
      <SelectField
        label={t('review.filters.openRescue')}
        options={[any, { value: 'yes', label: t('review.filters.rescueOpen') }, { value: 'no', label: t('review.filters.rescueNone') }]}
        {...form.register('openRescue', anyIsNone)}
      />
      <SelectField
        label={t('review.filters.reviewState')}
        options={[any, { value: 'reviewed', label: t('review.filters.reviewed') }, { value: 'not-reviewed', label: t('review.filters.notReviewed') }]}
        {...form.register('reviewState', anyIsNone)}
      />
      <div className="flex gap-2">
        <Button type="submit">{t('review.filters.apply')}</Button>
        <Button type="reset" tone="quiet">
          {t('review.filters.reset')}
        </Button>
      </div>
    </form>
  );
}
