import { useTranslation } from 'react-i18next';
import type { AuditEntryView } from '../../contract/audit-log';
import { formatBeijingDate, formatBeijingTime } from '../../lib/time';
import { AuditEntryDetail } from './AuditEntryDetail';
import { useAuditLabels } from './labels';

/** Each entry: when (Beijing), who (name and role, or the system), what, about which subject, from where, and its detail. */
export function AuditTable({ entries }: { entries: AuditEntryView[] }) {
  const { t, i18n } = useTranslation();
  const labels = useAuditLabels();
  const heads = ['when', 'who', 'what', 'subject', 'from', 'detail'] as const;
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">{t('auditLog.list.caption')}</caption>
      <thead>
        <tr className="border-b border-slate-200 text-left text-slate-600">
          {heads.map((head) => (
            <th key={head} scope="col" className="px-2 py-1 font-medium">
              {t(`auditLog.list.${head}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id} className="border-b border-slate-100 align-top">
            <td className="whitespace-nowrap px-2 py-1 tabular-nums">
              {formatBeijingDate(entry.at, i18n.language)} {formatBeijingTime(new Date(entry.at), i18n.language)}
            </td>
            <td className="px-2 py-1">
              {entry.staffName === null ? (
                t('auditLog.list.system')
              ) : (
                <>
                  {entry.staffName}
                  {entry.staffRole && <span className="block text-xs text-slate-600">{t(`app.roles.${entry.staffRole}`)}</span>}
                </>
              )}
            </td>
            <td className="px-2 py-1">{labels.action(entry.action)}</td>
            <td className="px-2 py-1">
              {labels.subject(entry.subjectType)}
              {entry.subjectId && <span className="block break-all font-mono text-xs text-slate-600">{entry.subjectId}</span>}
            </td>
            <td className="px-2 py-1">
              {entry.clientAddress ?? t('auditLog.list.noAddress')}
              {entry.userAgent && <span className="block text-xs text-slate-600">{entry.userAgent}</span>}
            </td>
            <td className="px-2 py-1">
              <AuditEntryDetail detail={entry.detail} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
