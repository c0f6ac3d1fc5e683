import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useScenarios, useStartTrainingCall, useTrainees } from '../../api/mock-calls';
import { Alert, Button, Region, SelectField, apiErrorMessage } from '../../components';
import type { TrainingGrant } from '../../contract/training';
import { useTelephony } from '../../telephony';

export interface StartedMockCall {
  /** The training call's id. */
  id: string;
  /** The console's leg of it in the phone. */
  legId: string;
  traineeName: string;
}

/**
 * Picks a trainee and a scenario, has the API grant the mock call and dials the trainee's seat
 * with the grant at once (it is good for 30 seconds and one call).
 */
export function MockCallSetup({ trainerName, canDial, onStarted }: { trainerName: string; canDial: boolean; onStarted: (call: StartedMockCall) => void }) {
  const { t, i18n } = useTranslation();
  const telephony = useTelephony();
  const trainees = useTrainees();
  const scenarios = useScenarios();
  const start = useStartTrainingCall();
  const [traineeId, setTraineeId] = useState('');
  const [scenarioId, setScenarioId] = useState('');
  const [dialError, setDialError] = useState<unknown>(null);
  const english = i18n.language.startsWith('en');

  const dial = async () => {
    setDialError(null);
    let grant: TrainingGrant;
    try {
      grant = await start.mutateAsync({ traineeId, scenarioId });
    } catch {
      return; // shown from the mutation's error
    }
    try {
      const legId = await telephony.placeMockCall(grant, trainerName);
      onStarted({ id: grant.id, legId, traineeName: grant.traineeName });
    } catch (error) {
      setDialError(error);
    }
  };

  const traineeList = trainees.data?.trainees ?? [];
  const scenarioList = scenarios.data?.scenarios ?? [];
  const error = start.error ?? dialError;
  return (
    <Region title={t('trainingConsole.setup.title')} className="mx-auto w-full max-w-xl">
      <form
        className="flex flex-col gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          void dial();
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
        {error !== null && <Alert tone="error">{apiErrorMessage(t, error)}</Alert>}
        <Button type="submit" className="self-start" disabled={!canDial || !traineeId || !scenarioId || start.isPending}>
          {start.isPending ? t('trainingConsole.setup.starting') : t('trainingConsole.setup.start')}
        </Button>
      </form>
    </Region>
  );
}
