import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useScenarios, useStartTrainingCall, useTrainees } from '../../api/mock-calls';
import { Alert, Button, Region, SelectField, apiErrorMessage } from '../../components';
import type { TrainingGrant } from '../../contract/training';

/**
 * Picks a trainee and a scenario and has the API grant the mock call; the phone dials the
 * trainee's seat with the grant at once (it is good for 30 seconds and one call).
 */
export function MockCallSetup({ canDial, onGrant }: { canDial: boolean; onGrant: (grant: TrainingGrant) => void }) {
  const { t, i18n } = useTranslation();
  const trainees = useTrainees();
  const scenarios = useScenarios();
  const start = useStartTrainingCall();
  const [traineeId, setTraineeId] = useState('');
  const [scenarioId, setScenarioId] = useState('');
  const english = i18n.language.startsWith('en');

  const dial = () => start.mutate({ traineeId, scenarioId }, { onSuccess: onGrant });

  const traineeList = trainees.data?.trainees ?? [];
  const scenarioList = scenarios.data?.scenarios ?? [];
  return (
    <Region title={t('trainingConsole.setup.title')} className="mx-auto w-full max-w-md">
      <form
        className="flex flex-col gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          dial();
        }}
      >
        <p className="text-sm text-slate-600">{t('trainingConsole.setup.hint')}</p>
        {(trainees.isError || scenarios.isError) && <Alert tone="error">{t('trainingConsole.setup.listFailed')}</Alert>}
        {trainees.isSuccess && traineeList.length === 0 && <Alert tone="warning">{t('trainingConsole.setup.noTrainees')}</Alert>}
        {scenarios.isSuccess && scenarioList.length === 0 && <Alert tone="warning">{t('trainingConsole.setup.noScenarios')}</Alert>}
        <SelectField
          label={t('trainingConsole.setup.trainee')}
          value={traineeId}
          onChange={(event) => setTraineeId(event.target.value)}
          options={[
            { value: '', label: t('trainingConsole.setup.chooseTrainee') },
            ...traineeList.map((trainee) => ({
              value: trainee.id,
              label: `${t('trainingConsole.setup.traineeOption', { name: trainee.displayName, extension: trainee.extension })}${
                trainee.trainee ? ` · ${t('trainingConsole.setup.notSignedOff')}` : ''
              }`,
            })),
          ]}
        />
        <SelectField
          label={t('trainingConsole.setup.scenario')}
          value={scenarioId}
          onChange={(event) => setScenarioId(event.target.value)}
          options={[
            { value: '', label: t('trainingConsole.setup.chooseScenario') },
            ...scenarioList.map((scenario) => ({ value: scenario.id, label: english && scenario.titleEn ? scenario.titleEn : scenario.title })),
          ]}
        />
        {start.isError && <Alert tone="error">{apiErrorMessage(t, start.error)}</Alert>}
        <Button type="submit" className="self-start" disabled={!canDial || !traineeId || !scenarioId || start.isPending}>
          {start.isPending ? t('trainingConsole.setup.starting') : t('trainingConsole.setup.start')}
        </Button>
      </form>
    </Region>
  );
}
