import { useInfiniteQuery } from '@tanstack/react-query';
import { callApi } from '../../api';
import { auditLogEndpoints } from '../../contract/api-audit-log';
import type { AuditLogFilters } from '../../contract/audit-log';

export const AUDIT_PAGE_SIZE = 50;

/** The filtered log, a page at a time, older pages appended after the newest (keyset cursor `next`). */
export const useAuditLog = (filters: AuditLogFilters) =>
  useInfiniteQuery({
    queryKey: ['audit-log', filters] as const,
    queryFn: ({ pageParam, signal }) =>
      callApi(auditLogEndpoints.auditLog, { query: { ...filters, limit: AUDIT_PAGE_SIZE, ...(pageParam && { after: pageParam }) }, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.next,
  });
