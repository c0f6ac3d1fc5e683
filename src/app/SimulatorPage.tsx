import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../contract';
import { CallerSimulator } from '../features/training';
import { AppLayout } from './AppLayout';
import { TrainerNav } from './TrainerNav';

/** The trainer's screen: plays callers and receiving services such as 110 and 120. */
export function SimulatorPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = t('simulator.title');
  }, [t]);
  return (
    <AppLayout me={me} title={t('simulator.title')} centre={me.role === 'trainer' ? <TrainerNav /> : undefined}>
      <CallerSimulator />
    </AppLayout>
  );
}
