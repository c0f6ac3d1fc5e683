import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components';
import { loadSupervisorMessages } from '../../i18n';

/** The panel and its messages load together, so it never renders before its words are there. */
const NuisancePanel = lazy(() =>
  Promise.all([import('./NuisancePanel'), loadSupervisorMessages()]).then(([module]) => ({ default: module.NuisancePanel })),
);

/** The nuisance list (suggestions to decide, live listings) as a region of the supervisor's console. */
export function NuisanceListPanel({ className }: { className?: string }) {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<EmptyState>{t('app.loading')}</EmptyState>}>
      <NuisancePanel className={className} />
    </Suspense>
  );
}
