import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button, SelectField, TextField, translateValidation } from '../../components';
import { AuditLogFilters, type AuditLogPage } from '../../contract/audit-log';
import { actionChoices, defaultFilterValues, subjectTypes, toFilters, type AuditFilterValues } from './filters';
import { useAuditLabels } from './labels';

const fields = ['from', 'to', 'staffId', 'action', 'subjectType', 'subjectId', 'address'] as const;

/**
 * The log's filters, checked with the contract's own schema before they are sent: a reversed
 * range or a malformed address is said at its field, and what was typed stays.
 */
export function AuditFilterForm({ staff, onApply }: { staff: AuditLogPage['staff']; onApply: (filters: AuditLogFilters) => void }) {
  const { t } = useTranslation();
  const labels = useAuditLabels();
  const form = useForm<AuditFilterValues>({ defaultValues: defaultFilterValues() });
  const { errors } = form.formState;
  const any = { value: '', label: t('auditLog.filters.any') };

  const apply = (values: AuditFilterValues) => {
    const checked = AuditLogFilters.safeParse(toFilters(values));
    if (checked.success) return onApply(checked.data);
    for (const issue of checked.error.issues) {
      const field = fields.find((name) => name === issue.path[0]);
      if (field) form.setError(field, { message: issue.message });
    }
  };
  const error = (field: (typeof fields)[number]) => translateValidation(t, errors[field]?.message);

  return (
    <form
      noValidate
      aria-label={t('auditLog.filters.title')}
      className="grid grid-cols-4 items-end gap-2"
      onSubmit={form.handleSubmit(apply)}
      onReset={(event) => {
        // The form's own values, not the browser's emptied fields: the default is the last 24 hours.
        event.preventDefault();
        const values = defaultFilterValues();
        form.reset(values);
        onApply(toFilters(values));
      }}
    >
      <TextField type="datetime-local" label={t('auditLog.filters.from')} error={error('from')} {...form.register('from')} />
      <TextField type="datetime-local" label={t('auditLog.filters.to')} error={error('to')} {...form.register('to')} />
      <SelectField
        label={t('auditLog.filters.staff')}
        options={[any, ...staff.map((member) => ({ value: member.id, label: `${member.name}（${t(`app.roles.${member.role}`)}）` }))]}
        {...form.register('staffId')}
      />
      <SelectField
        label={t('auditLog.filters.action')}
        error={error('action')}
        options={[
          any,
          ...actionChoices().map(({ group, action }) =>
            action === null
              ? { value: `group:${group}`, label: t('auditLog.filters.wholeGroup', { group: labels.group(group) }) }
              : { value: action, label: `\u3000${labels.action(action)}` },
          ),
        ]}
        {...form.register('action')}
      />
      <SelectField
        label={t('auditLog.filters.subjectType')}
        options={[any, ...subjectTypes.map((type) => ({ value: type, label: labels.subject(type) }))]}
        {...form.register('subjectType')}
      />
      <TextField label={t('auditLog.filters.subjectId')} error={error('subjectId')} maxLength={100} {...form.register('subjectId')} />
      <TextField label={t('auditLog.filters.address')} error={error('address')} maxLength={45} {...form.register('address')} />
      <div className="flex gap-2">
        <Button type="submit">{t('auditLog.filters.apply')}</Button>
        <Button type="reset" tone="quiet">
          {t('auditLog.filters.reset')}
        </Button>
      </div>
    </form>
  );
}
