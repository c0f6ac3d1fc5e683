import { z } from 'zod';
import { AuditExportQuery, AuditLogPage, AuditLogQuery } from './audit-log';
import { endpoint } from './endpoint';

/** The audit log viewer (#15): its own table, out of the counsellor's first load (api-screens.ts). */
export const auditLogEndpoints = {
  auditLog: endpoint({
    method: 'get',
    path: '/api/audit-log',
    summary: 'Audit entries, filtered, newest first, a page at a time (not itself audited): admins all, supervisors their centre’s',
    tag: 'audit',
    access: ['supervisor', 'admin'],
    query: AuditLogQuery,
    response: AuditLogPage,
  }),
  auditLogExport: endpoint({
    method: 'get',
    path: '/api/audit-log/export',
    summary: 'The filtered entries as a CSV file (UTF-8 with BOM, Beijing times; audited as audit.export)',
    tag: 'audit',
    access: ['supervisor', 'admin'],
    query: AuditExportQuery,
    response: z.string(),
    responseKind: 'file',
  }),
} as const;
