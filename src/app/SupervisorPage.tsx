import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Me } from '../contract';
import { NuisanceListPanel } from '../features/nuisance';
import { ConnectionStatus, SupervisorConsole, useSupervisionPhone } from '../features/supervisor';
import { AppLayout } from './AppLayout';
import { screens } from './screens';

export { ReviewPage } from './ReviewPage';

/**
 * The supervisor's screen: the whole centre live, and the nuisance list beside the alerts. A
 * supervisor who also takes calls opens the workstation from its header. Its phone only places
 * supervision calls (it never registers, so the workstation keeps the supervisor's seat).
 */
export function SupervisorPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const phone = useSupervisionPhone();
  useEffect(() => {
    document.title = t('supervisor.title');
  }, [t]);
  return (
    <AppLayout
      me={me}
      title={t('supervisor.title')}
      centre={
        <div className="flex items-center gap-4">
          <ConnectionStatus />
          <Link href={screens.workstation.path} className="text-sm text-teal-800 underline">
            {t('supervisor.openWorkstation')}
          </Link>
          <Link href={screens.review.path} className="text-sm text-teal-800 underline">
            {t('review.open')}
          </Link>
        </div>
      }
    >
      <SupervisorConsole
        areaCode={me.centre?.areaCode ?? null}
        aside={<NuisanceListPanel className="max-h-[40%] shrink-0" />}
        supervision={{ supervisorName: me.displayName, phone }}
      />
    </AppLayout>
  );
}
