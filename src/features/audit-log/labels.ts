import { useTranslation } from 'react-i18next';
import type { AuditActionGroup } from '../../contract/audit-log';
import { codeKey } from './filters';

/**
 * Translated names of actions, subject types and groups. An action or subject another screen
 * started writing after these messages were made shows its code rather than nothing.
 */
export function useAuditLabels() {
  const { t, i18n } = useTranslation();
  const named = (prefix: string, code: string) => {
    const key = `${prefix}.${codeKey(code)}`;
    return i18n.exists(key) ? t(key as 'auditLog.title') : code;
  };
  return {
    action: (action: string) => named('auditLog.actions', action),
    subject: (type: string) => named('auditLog.subjects', type),
    group: (group: AuditActionGroup) => t(`auditLog.groups.${group}`),
  };
}
