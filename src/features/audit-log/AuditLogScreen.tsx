import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fileUrl } from '../../api/file-url';
import { Alert, Button, EmptyState, Region, apiErrorMessage } from '../../components';
import { auditLogEndpoints } from '../../contract/api-audit-log';
import type { AuditLogFilters } from '../../contract/audit-log';
import type { Role } from '../../contract';
import { AuditFilterForm } from './AuditFilterForm';
import { AuditTable } from './AuditTable';
import { useAuditLog } from './audit-log-api';
import { defaultFilterValues, toFilters } from './filters';

/**
 * The audit log (审计日志): who read or changed which record or setting, when and from where.
 * Admins read the province's, supervisors their centre's (the API decides). Newest first; older
 * pages are appended on request. The CSV export takes the same filters and the viewer's language.
 */
export function AuditLogScreen({ role }: { role: Role }) {
  const { t, i18n } = useTranslation();
  const [filters, setFilters] = useState<AuditLogFilters>(() => toFilters(defaultFilterValues()));
  const log = useAuditLog(filters);
  const entries = log.data?.pages.flatMap((page) => page.entries) ?? [];
  const staff = log.data?.pages[0]?.staff ?? [];
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  const exportLink = (
    <a
      href={fileUrl(auditLogEndpoints.auditLogExport, { query: { ...filters, lang } })}
      download
      title={t('auditLog.list.exportHint')}
      className="rounded-md px-3 py-1 text-sm font-medium text-teal-800 ring-1 ring-slate-300 hover:bg-teal-50"
    >
      {t('auditLog.list.export')}
    </a>
  );

  return (
    <div className="flex h-full min-h-0 flex-col gap-3">
      <p className="text-sm text-slate-700">{role === 'admin' ? t('auditLog.scopeAdmin') : t('auditLog.scopeSupervisor')}</p>
      <Region title={t('auditLog.filters.title')} className="shrink-0">
        <AuditFilterForm staff={staff} onApply={setFilters} />
      </Region>
      <Region title={t('auditLog.list.title')} className="flex-1" actions={exportLink} keyboardScroll>
        {log.isPending && <EmptyState>{t('app.loading')}</EmptyState>}
        {log.isError && (
          <Alert tone="warning">
            {t('auditLog.list.loadFailed')}: {apiErrorMessage(t, log.error)}
          </Alert>
        )}
        {log.data && entries.length === 0 && <EmptyState>{t('auditLog.list.none')}</EmptyState>}
        {entries.length > 0 && (
          <div className="flex flex-col gap-2">
            <AuditTable entries={entries} />
            {log.hasNextPage ? (
              <Button tone="secondary" className="self-center" disabled={log.isFetchingNextPage} onClick={() => void log.fetchNextPage()}>
                {log.isFetchingNextPage ? t('auditLog.list.loadingMore') : t('auditLog.list.more')}
              </Button>
            ) : (
              <p className="text-center text-xs text-slate-600">{t('auditLog.list.end')}</p>
            )}
          </div>
        )}
      </Region>
    </div>
  );
}
