import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Me } from '../contract';
import { loadFormMessages } from '../i18n';
import { AppLayout } from './AppLayout';
import { screens } from './screens';

// With the form's messages: the record's labels (problems, C-SSRS questions) are theirs.
const RecordReviewScreen = lazy(() =>
  Promise.all([import('../features/review'), loadFormMessages()]).then(([module]) => ({ default: module.RecordReviewScreen })),
);

/** The supervisor's record review, a screen of its own beside the console. */
export function ReviewPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = t('review.title');
  }, [t]);
  return (
    <AppLayout
      me={me}
      title={t('review.title')}
      centre={
        <Link href={screens.supervisor.path} className="text-sm text-teal-800 underline">
          {t('review.backToConsole')}
        </Link>
      }
    >
      <Suspense fallback={<p className="p-3 text-slate-500">{t('app.loading')}</p>}>
        <RecordReviewScreen meId={me.id} centreAreaCode={me.centre?.areaCode ?? null} />
      </Suspense>
    </AppLayout>
  );
}
