import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../contract';
import { ReportsScreen } from '../features/reports';
import { AdminNav } from './AdminNav';
import { AppLayout } from './AppLayout';

export function ReportsPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = t('reports.title');
  }, [t]);
  return (
    <AppLayout me={me} title={t('reports.title')} centre={<AdminNav role={me.role} />}>
      <ReportsScreen me={me} />
    </AppLayout>
  );
}
