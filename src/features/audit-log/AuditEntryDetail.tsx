import { useTranslation } from 'react-i18next';
import type { AuditEntryView } from '../../contract/audit-log';
import { readDetail } from './detail';

/** A value as an auditor reads it: text as is, anything else as JSON, nothing as "(empty)". */
function Value({ value }: { value: unknown }) {
  const { t } = useTranslation();
  if (value === undefined || value === null || value === '') return <span className="text-slate-500">{t('auditLog.detail.empty')}</span>;
  return <span className="break-all">{typeof value === 'string' ? value : JSON.stringify(value)}</span>;
}

/**
 * What an entry says beyond who, what and when: a before → after table when it records an edit
 * (`detail.changes`, written by the configuration and staff screens), else its fields as they are.
 */
export function AuditEntryDetail({ detail }: { detail: AuditEntryView['detail'] }) {
  const { t } = useTranslation();
  const { changes, others } = readDetail(detail);
  return (
    <div className="flex flex-col gap-1">
      {changes.length > 0 && (
        <table className="text-xs">
          <caption className="text-left font-medium text-slate-700">{t('auditLog.detail.changes')}</caption>
          <thead>
            <tr className="text-left text-slate-600">
              <th scope="col" className="pr-2 font-medium">
                {t('auditLog.detail.field')}
              </th>
              <th scope="col" className="pr-2 font-medium">
                {t('auditLog.detail.before')}
              </th>
              <th scope="col" className="font-medium">
                {t('auditLog.detail.after')}
              </th>
            </tr>
          </thead>
          <tbody>
            {changes.map((change) => (
              <tr key={change.path}>
                <td className="pr-2 font-mono">{change.path}</td>
                <td className="pr-2">
                  <Value value={change.before} />
                </td>
                <td>
                  <Value value={change.after} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {others.length > 0 && (
        <dl className="grid grid-cols-[auto_1fr] gap-x-2 text-xs">
          {others.map(([key, value]) => (
            <div key={key} className="contents">
              <dt className="font-mono text-slate-600">{key}</dt>
              <dd>
                <Value value={value} />
              </dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
