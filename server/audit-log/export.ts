import { stringify } from 'csv-stringify/sync';
import type { AuditExportQuery, AuditLogFilters } from '../../src/contract/audit-log';
import { beijingDate } from '../../src/contract/dates';
import { audit } from '../audit';
import type { SignedIn } from '../auth/sessions';
import type { FileAnswer } from '../http/route';
import type { Queryable } from '../store/store';
import { auditEntries } from './query';

/** A year of a busy centre's entries fits; past it the file says it was cut (the last row). */
export const EXPORT_MAX_ROWS = 100_000;

type Lang = NonNullable<AuditExportQuery['lang']>;

/**
 * The file's headers in the viewer's language. The server shares only the contract with the SPA,
 * so they are written here; actions stay as their codes (`contact.read`), which an auditor can
 * filter on in Excel and which never change with a translation.
 */
const headers: Record<Lang, string[]> = {
  'zh-CN': ['时间（北京时间）', '操作人', '角色', '操作', '对象类型', '对象编号', '来源地址', '浏览器', '详情'],
  en: ['Time (Beijing)', 'Staff', 'Role', 'Action', 'Subject type', 'Subject id', 'Address', 'Browser', 'Detail'],
};
const truncated: Record<Lang, string> = {
  'zh-CN': `仅导出最新的 ${EXPORT_MAX_ROWS} 条，请缩小时间范围`,
  en: `Only the newest ${EXPORT_MAX_ROWS} entries; narrow the time range`,
};

/**
 * A cell Excel would run as a formula (`=HYPERLINK(…)` sent as a user agent to a failed sign-in)
 * is written as text: a leading apostrophe, as OWASP advises for CSV exports.
 */
export function inertCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** `2026-11-30 08:05:09` in Beijing, which Excel reads as a date and time. */
function beijingDateTime(iso: string): string {
  const at = new Date(iso);
  const time = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour12: false, hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(at);
  return `${beijingDate(at)} ${time}`;
}

/**
 * The filtered entries the reader may see as CSV: a UTF-8 BOM first (Excel opens Chinese right),
 * Beijing times. The export itself is audited with its filters (ids and codes only).
 */
export async function exportAuditLog(db: Queryable, auth: SignedIn, query: AuditLogFilters & { lang: Lang }): Promise<FileAnswer> {
  const { lang, ...filters } = query;
  const rows = await auditEntries(db, auth, filters, { limit: EXPORT_MAX_ROWS + 1 });
  const kept = rows.slice(0, EXPORT_MAX_ROWS);
  const records = kept.map((row) =>
    [
      beijingDateTime(row.at),
      row.staffName ?? '',
      row.staffRole ?? '',
      row.action,
      row.subjectType,
      row.subjectId ?? '',
      row.clientAddress ?? '',
      row.userAgent ?? '',
      row.detail === '{}' ? '' : row.detail,
    ].map(inertCell),
  );
  if (rows.length > EXPORT_MAX_ROWS) records.push([truncated[lang]]);
  await audit(db, {
    staffId: auth.staffId,
    action: 'audit.export',
    subjectType: auth.role === 'admin' ? 'province' : 'centre',
    subjectId: auth.role === 'admin' ? null : auth.centreAreaCode,
    detail: { filters, rows: kept.length },
  });
  const stamp = beijingDate(new Date()).replaceAll('-', '');
  return {
    body: `\uFEFF${stringify([headers[lang], ...records])}`,
    contentType: 'text/csv; charset=utf-8',
    filename: lang === 'zh-CN' ? `审计日志-${stamp}.csv` : `audit-log-${stamp}.csv`,
  };
}
