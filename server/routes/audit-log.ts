import { auditLogEndpoints } from '../../src/contract/api-audit-log';
import { exportAuditLog } from '../audit-log/export';
import { auditEntries, filterableStaff } from '../audit-log/query';
import { route } from '../http/route';
import type { App, Deps } from '../http/types';

/** The audit log viewer (#15). Reading a page is not audited (it would flood the log); the export is. */
export function auditLogRoutes(app: App, deps: Deps): void {
  const { store } = deps;
  route(app, deps, auditLogEndpoints.auditLog, async ({ auth, query }) => {
    const { after, limit, ...filters } = query;
    const rows = await auditEntries(store, auth, filters, { after, limit: limit + 1 });
    const page = rows.slice(0, limit);
    return {
      entries: page.map(({ cursor: _cursor, ...entry }) => entry),
      next: rows.length > limit ? (page.at(-1)?.cursor ?? null) : null,
      staff: await filterableStaff(store, auth),
    };
  });
  route(app, deps, auditLogEndpoints.auditLogExport, ({ auth, query }) => exportAuditLog(store, auth, query));
}
