import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Me } from '../contract';
import { NuisanceListPanel } from '../features/nuisance';
import { ConnectionStatus, SupervisorConsole, useSupervisionPhone } from '../features/supervisor';
import { loadFormMessages } from '../i18n';
import { AppLayout } from './AppLayout';
import { screens } from './screens';

/** The centre's follow-ups, with their messages (kept with the record form's). */
const FollowUpPanel = lazy(() =>
  Promise.all([import('../features/follow-ups'), loadFormMessages()]).then(([module]) => ({ default: module.FollowUpPanel })),
);

export { ReviewPage } from './ReviewPage';

/**
 * The supervisor's screen: the whole centre live, and the follow-ups and the nuisance list beside
 * the alerts. A supervisor who also takes calls opens the workstation from its header. Its phone
 * only places supervision calls (it never registers, so the workstation keeps the supervisor's seat).
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
          <Link href={screens.reports.path} className="text-sm text-teal-800 underline">
            {t('supervisor.openAdministration')}
          </Link>
        </div>
      }
    >
      <SupervisorConsole
        areaCode={me.centre?.areaCode ?? null}
        aside={
          <>
            <Suspense fallback={null}>
              <FollowUpPanel className="max-h-[25%] shrink-0" />
            </Suspense>
            <NuisanceListPanel className="max-h-[35%] shrink-0" />
          </>
        }
        supervision={{ supervisorName: me.displayName, phone }}
      />
    </AppLayout>
  );
}
