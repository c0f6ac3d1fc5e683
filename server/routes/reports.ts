import { reportEndpoints } from '../../src/contract/api-reports';
import { audit } from '../audit';
import { route } from '../http/route';
import type { App, Deps } from '../http/types';
import { reportCsv } from '../reports/export-csv';
import { reportXlsx } from '../reports/export-xlsx';
import { buildReport } from '../reports/report';

/** Reports: the screen's JSON, and the downloads, whose every copy is audited (figures only, no caller data). */
export function reportRoutes(app: App, deps: Deps): void {
  const { store, config } = deps;
  route(app, deps, reportEndpoints.report, async ({ auth, query }) => {
    const { by, ...asked } = query;
    const report = await buildReport(store, auth, asked, config.centreSettingsOverrides);
    return { ...report, byLine: by === 'line' ? report.byLine : null, byCounsellor: by === 'counsellor' ? report.byCounsellor : null };
  });
  for (const [endpoint, write] of [
    [reportEndpoints.reportXlsx, reportXlsx],
    [reportEndpoints.reportCsv, reportCsv],
  ] as const) {
    route(app, deps, endpoint, async ({ auth, query }) => {
      const { lang, ...asked } = query;
      const report = await buildReport(store, auth, asked, config.centreSettingsOverrides);
      await audit(store, {
        staffId: auth.staffId,
        action: 'report.export',
        subjectType: 'report',
        subjectId: asked.scope,
        detail: { period: asked.period, date: asked.date, format: endpoint === reportEndpoints.reportXlsx ? 'xlsx' : 'csv' },
      });
      return write(report, lang);
    });
  }
}
