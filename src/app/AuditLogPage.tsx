import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../contract';
import { AuditLogScreen } from '../features/audit-log';
import { AdminNav } from './AdminNav';
import { AppLayout } from './AppLayout';

export function AuditLogPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = t('auditLog.title');
  }, [t]);
  return (
    <AppLayout me={me} title={t('auditLog.title')} centre={<AdminNav role={me.role} />}>
      <AuditLogScreen role={me.role} />
    </AppLayout>
  );
}
