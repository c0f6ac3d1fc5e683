import { z } from 'zod';
import { endpoint } from './endpoint';
import { Report, ReportExportQuery, ReportQuery } from './reports';

/** Reports (#15): a centre's or the province's figures, as JSON for the screen and as downloads (audited). */
export const reportEndpoints = {
  report: endpoint({
    method: 'get',
    path: '/api/reports',
    summary: 'A centre’s or the province’s figures of a Beijing day, week or month: supervisors their centre’s, admins any',
    tag: 'reports',
    access: ['supervisor', 'admin'],
    query: ReportQuery,
    response: Report,
  }),
  reportXlsx: endpoint({
    method: 'get',
    path: '/api/reports/export.xlsx',
    summary: 'The report as an Excel workbook, one sheet per breakdown (audited)',
    tag: 'reports',
    access: ['supervisor', 'admin'],
    query: ReportExportQuery,
    response: z.string(),
    responseKind: 'file',
  }),
  reportCsv: endpoint({
    method: 'get',
    path: '/api/reports/export.csv',
    summary: 'The report as CSV with a UTF-8 BOM, one row per figure (audited)',
    tag: 'reports',
    access: ['supervisor', 'admin'],
    query: ReportExportQuery,
    response: z.string(),
    responseKind: 'file',
  }),
} as const;
