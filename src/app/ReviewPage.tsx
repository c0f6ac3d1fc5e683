import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Me } from '../contract';
import { RecordReviewScreen } from '../features/review';
import { AppLayout } from './AppLayout';
import { screens } from './screens';

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
      <RecordReviewScreen meId={me.id} centreAreaCode={me.centre?.areaCode ?? null} />
    </AppLayout>
  );
}
