import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'wouter';
import { ApiError } from '../../api';
import { fileUrl } from '../../api/file-url';
import type { Me } from '../../contract';
import { reportEndpoints } from '../../contract/api-reports';
import type { ReportQuery } from '../../contract/reports';
import { Alert, EmptyState } from '../../components';
import { formatBeijingDateTime } from '../../lib/time';
import { CounsellorTable, LineTable } from './BreakdownTable';
import { reportQueryFrom } from './format';
import { ReportControls } from './ReportControls';
import { ReportFigures } from './ReportFigures';
import { useReport } from './reports-api';
import { TrendChart } from './TrendChart';

const link = 'rounded-md border border-teal-700 px-3 py-2 text-sm font-medium text-teal-800 hover:bg-teal-50';

/** Reports for supervisors (their centre) and admins (any centre, the province): figures, trend, breakdown, downloads. */
export function ReportsScreen({ me }: { me: Me }) {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  // Today is the day the screen opened; a report left open past midnight stays on its day.
  const [openedAt] = useState(() => Date.now());
  const query = reportQueryFrom(params, me, openedAt);
  const report = useReport(query);
  const choose = (next: ReportQuery) => setParams({ scope: next.scope, period: next.period, date: next.date, by: next.by ?? 'line' });
  const { by: _by, ...asked } = query;
  const download = { query: { ...asked, lang: i18n.language.startsWith('en') ? ('en' as const) : ('zh-CN' as const) } };
  const forbidden = report.error instanceof ApiError && report.error.status === 403;

  return (
    <div className="flex flex-col gap-4 p-4">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <ReportControls me={me} query={query} onChange={choose} />
        <div className="flex gap-2" role="group" aria-label={t('reports.download.label')}>
          <a className={link} href={fileUrl(reportEndpoints.reportXlsx, download)} download>
            {t('reports.download.xlsx')}
          </a>
          <a className={link} href={fileUrl(reportEndpoints.reportCsv, download)} download>
            {t('reports.download.csv')}
          </a>
        </div>
      </div>
      {report.isError && <Alert tone="error">{t(forbidden ? 'reports.forbidden' : 'reports.failed')}</Alert>}
      {report.isPending && <EmptyState>{t('reports.loading')}</EmptyState>}
      {report.data && (
        <>
          <p className="text-sm text-slate-600">
            {t('reports.range', { from: formatBeijingDateTime(report.data.from, i18n.language), to: formatBeijingDateTime(report.data.to, i18n.language) })}
          </p>
          <ReportFigures report={report.data} />
          <TrendChart report={report.data} />
          {report.data.byLine && <LineTable rows={report.data.byLine} />}
          {report.data.byCounsellor && <CounsellorTable rows={report.data.byCounsellor} />}
          <p className="text-xs leading-relaxed text-slate-500">{t('reports.definitions')}</p>
        </>
      )}
    </div>
  );
}
