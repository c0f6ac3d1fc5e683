import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';
import type { Me } from '../contract';
import { RubricView, ScenarioLibrary, TraineeList, TraineeProgressView } from '../features/training-library';
import { AppLayout } from './AppLayout';
import { screens } from './screens';
import { TrainerNav } from './TrainerNav';

const traineesPath = screens.trainingTrainees.path.replace('/:id?', '');
const progressPath = (id: string) => `${traineesPath}/${id}`;
const rubricPath = (id: string) => screens.trainingCall.path.replace(':id', id);

/** A trainer's screen, with the nav between them; a trainee reading a rubric gets it without the nav. */
function TrainingLayout({ me, title, children }: { me: Me; title: string; children: ReactNode }) {
  useEffect(() => {
    document.title = title;
  }, [title]);
  return (
    <AppLayout me={me} title={title} centre={me.role === 'trainer' ? <TrainerNav /> : undefined}>
      <div className="flex flex-col gap-4 p-4">{children}</div>
    </AppLayout>
  );
}

export function TrainingScenariosPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  return (
    <TrainingLayout me={me} title={t('trainingLibrary.title')}>
      <ScenarioLibrary />
    </TrainingLayout>
  );
}

/** The trainees, or one trainee's progress and sign-off. */
export function TrainingTraineesPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { id } = useParams<{ id?: string }>();
  return (
    <TrainingLayout me={me} title={t('trainingLibrary.trainees.title')}>
      {id ? (
        <TraineeProgressView traineeId={id} backPath={traineesPath} rubricPath={rubricPath} />
      ) : (
        <TraineeList progressPath={progressPath} />
      )}
    </TrainingLayout>
  );
}

export function TrainingCallPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { id = '' } = useParams<{ id: string }>();
  return (
    <TrainingLayout me={me} title={t('trainingLibrary.rubric.page')}>
      <RubricView callId={id} meId={me.id} />
    </TrainingLayout>
  );
}
