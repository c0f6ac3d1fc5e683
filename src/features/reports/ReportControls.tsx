import { useTranslation } from 'react-i18next';
import { useLines } from '../../api/lines';
import type { Me } from '../../contract';
import { reportPeriods } from '../../contract/report-period';
import type { ReportQuery } from '../../contract/reports';
import { SelectField, TextField } from '../../components';

/** Which report: scope (an admin any centre or the province, a supervisor their own), period, date, breakdown. */
export function ReportControls({ me, query, onChange }: { me: Me; query: ReportQuery; onChange: (next: ReportQuery) => void }) {
  const { t, i18n } = useTranslation();
  const lines = useLines();
  const english = i18n.language.startsWith('en');
  const centres = me.role === 'admin' ? (lines.data?.centres ?? []) : me.centre ? [me.centre] : [];
  const scopes = [
    ...(me.role === 'admin' ? [{ value: 'province', label: t('reports.controls.province') }] : []),
    ...centres.map((centre) => ({ value: centre.areaCode, label: `${english ? centre.cityEn : centre.cityZh} ${centre.areaCode}` })),
  ];
  return (
    <fieldset className="flex flex-wrap items-end gap-4">
      <legend className="sr-only">{t('reports.controls.legend')}</legend>
      <SelectField
        label={t('reports.controls.scope')}
        value={query.scope}
        options={scopes.length > 0 ? scopes : [{ value: query.scope, label: query.scope }]}
        onChange={(event) => onChange({ ...query, scope: event.target.value })}
      />
      <SelectField
        label={t('reports.controls.period')}
        value={query.period}
        options={reportPeriods.map((period) => ({ value: period, label: t(`reports.periods.${period}`) }))}
        onChange={(event) => onChange({ ...query, period: event.target.value as ReportQuery['period'] })}
      />
      <TextField
        type="date"
        label={t('reports.controls.date')}
        value={query.date}
        required
        onChange={(event) => event.target.value && onChange({ ...query, date: event.target.value })}
      />
      <SelectField
        label={t('reports.controls.by')}
        value={query.by ?? 'line'}
        options={[
          { value: 'line', label: t('reports.controls.byLine') },
          { value: 'counsellor', label: t('reports.controls.byCounsellor') },
        ]}
        onChange={(event) => onChange({ ...query, by: event.target.value as 'line' | 'counsellor' })}
      />
    </fieldset>
  );
}
