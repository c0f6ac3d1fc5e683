import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../contract';
import { StaffAdmin } from '../features/staff-admin';
import { AdminNav } from './AdminNav';
import { AppLayout } from './AppLayout';

export function AdminStaffPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = t('adminStaff.title');
  }, [t]);
  return (
    <AppLayout me={me} title={t('adminStaff.title')} centre={<AdminNav role={me.role} />}>
      <StaffAdmin me={me} />
    </AppLayout>
  );
}
