import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api';
import { useLiveEvents } from '../../api/live';
import { endTrainingCall, useTrainingCallView } from '../../api/mock-calls';
import { Alert, Button, Region } from '../../components';
import type { TrainingGrant } from '../../contract/training';
import { formatDuration } from '../../lib/time';
import { useNow } from '../../lib/use-now';
import type { MockCallPhone } from '../mock-call-phone';
import { endReasonFor, practiceCallTarget } from './mock-call-rules';
import { PracticeCall } from './PracticeCall';
import { ScenarioScript } from './ScenarioScript';
import { TraineeRecord } from './TraineeRecord';
import { WhisperHint } from './WhisperHint';

/** Why a mock call never connected, as far as its SIP status says. */
function refusal(status: number | null) {
  if (status === 486) return 'trainingConsole.call.refusedBusy' as const;
  if (status === 403) return 'trainingConsole.call.refusedUnvouched' as const;
  return 'trainingConsole.call.refused' as const;
}

/**
 * Tells the API the mock call is over once the phone says so, whoever hung up; then, if the
 * trainee took it, the rubric opens. A 409 means the trainee's side told the API first.
 */
function useEndWhenOver(id: string, over: { answered: boolean } | null, hungUpByTrainer: boolean, onEnded: (id: string) => void) {
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const answered = over?.answered ?? null;
  useEffect(() => {
    if (answered === null) return;
    let cancelled = false;
    endTrainingCall(id, endReasonFor(answered, hungUpByTrainer))
      .catch((error: unknown) => {
        if (!(error instanceof ApiError && error.status === 409)) throw error;
      })
      .then(
        () => !cancelled && answered && onEnded(id),
        () => !cancelled && setFailed(true),
      );
    return () => {
      cancelled = true;
    };
    // Once per ending and per retry: who hung up is settled by then, and onEnded is the page's.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, answered, attempt]);
  return {
    failed,
    retry: () => {
      setFailed(false);
      setAttempt((value) => value + 1);
    },
  };
}

/** The trainer's console during a mock call: script, the trainee's record live, the call's controls. */
export function LiveMockCall({ phone, grant, onEnded }: { phone: MockCallPhone; grant: TrainingGrant; onEnded: (id: string) => void }) {
  const { t } = useTranslation();
  const connection = useLiveEvents();
  const view = useTrainingCallView(grant.id);
  const [hungUpByTrainer, setHungUpByTrainer] = useState(false);
  const { call, leg } = phone;
  const ending = useEndWhenOver(grant.id, call.stage === 'over' ? call : null, hungUpByTrainer, onEnded);
  const now = useNow(call.stage === 'on');
  const record = view.data?.record ?? null;

  const hangUp = () => {
    setHungUpByTrainer(true);
    phone.hangUp();
  };

  return (
    <div className="grid min-h-0 flex-1 grid-cols-1 gap-3 lg:grid-cols-3">
      {view.data ? <ScenarioScript scenario={view.data.scenario} /> : <p className="text-sm text-slate-500">{t('app.loading')}</p>}
      <TraineeRecord record={record} stale={connection === 'reconnecting'} />
      <div className="flex min-h-0 flex-col gap-3">
        <Region title={t('trainingConsole.call.title', { trainee: grant.traineeName })} className="shrink-0">
          <div className="flex flex-col gap-2 text-sm" data-call-phase={leg?.phase ?? (call.stage === 'over' ? 'ended' : 'connecting')}>
            <p role="status" className="font-semibold tabular-nums">
              {call.stage === 'dialling' && t('trainingConsole.call.ringing')}
              {call.stage === 'on' && t('trainingConsole.call.active', { time: formatDuration(now - (leg?.answeredAt ?? now)) })}
              {call.stage === 'over' && (call.answered ? t('trainingConsole.call.ended') : t(refusal(call.rejectedWith)))}
            </p>
            {leg?.remoteHeld && <p>{t('trainingConsole.call.held')}</p>}
            {ending.failed && (
              <Alert tone="error">
                {t('trainingConsole.call.endFailed')}{' '}
                <Button tone="secondary" className="px-2 py-1" onClick={ending.retry}>
                  {t('trainingConsole.call.retryEnd')}
                </Button>
              </Alert>
            )}
            {call.stage === 'on' && <WhisperHint hint={phone.hint} onStart={phone.startHint} onStop={phone.endHint} />}
            {(call.stage === 'dialling' || call.stage === 'on') && (
              <Button tone="danger" className="self-start" disabled={hungUpByTrainer} onClick={hangUp}>
                {hungUpByTrainer ? t('trainingConsole.call.ending') : t('trainingConsole.call.end')}
              </Button>
            )}
            {call.stage === 'over' && !call.answered && (
              <Button tone="secondary" className="self-start" onClick={phone.dismiss}>
                {t('trainingConsole.call.backToSetup')}
              </Button>
            )}
          </div>
        </Region>
        {phone.practiceCalls.map((practice) => (
          <PracticeCall
            key={practice.call.id}
            practice={practice}
            target={practiceCallTarget(practice.askedFor, record?.transfers ?? [])}
            onAnswer={() => phone.answerPractice(practice.call.id)}
            onHangUp={() => phone.hangUpPractice(practice.call.id)}
          />
        ))}
      </div>
    </div>
  );
}
