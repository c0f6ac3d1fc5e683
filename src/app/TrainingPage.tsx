import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { Me } from '../contract';
import { MockCallConsole } from '../features/mock-call-console';
import { useMockCallPhone } from '../features/mock-call-phone';
import { AppLayout } from './AppLayout';
import { TrainerNav } from './TrainerNav';

/**
 * The trainer's home: mock calls on a trainee's own softphone. The console's phone lives as long
 * as the screen, registered as the trainer's practice target, so a trainee's practice transfer
 * reaches it; a mock call that ended opens its rubric.
 */
export function TrainingPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const phone = useMockCallPhone(me.displayName);
  const [, navigate] = useLocation();
  useEffect(() => {
    document.title = t('trainingConsole.title');
  }, [t]);
  return (
    <AppLayout me={me} title={t('trainingConsole.title')} centre={<TrainerNav />}>
      <MockCallConsole phone={phone} onEnded={(id) => navigate(`/training/calls/${id}`)} />
    </AppLayout>
  );
}
