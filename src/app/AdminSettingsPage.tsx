import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';
import type { Me } from '../contract';
import { ConfigSections } from '../features/centre-config';
import { AdminNav } from './AdminNav';
import { AppLayout } from './AppLayout';

export function AdminSettingsPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { section } = useParams<{ section?: string }>();
  useEffect(() => {
    document.title = t('adminConfig.title');
  }, [t]);
  return (
    <AppLayout me={me} title={t('adminConfig.title')} centre={<AdminNav role={me.role} />}>
      <ConfigSections section={section} />
    </AppLayout>
  );
}
