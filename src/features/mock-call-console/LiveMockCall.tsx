import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api';
import { useLiveEvents } from '../../api/live';
import { endTrainingCall, useTrainingCallView } from '../../api/mock-calls';
import { Alert, Button, Region } from '../../components';
import { formatDuration } from '../../lib/time';
import { useNow } from '../../lib/use-now';
import { useTelephony, useTelephonyState, type CallSnapshot } from '../../telephony';
import type { StartedMockCall } from './MockCallSetup';
import { endReasonFor, mockCallStage, practiceCallTarget } from './mock-call-rules';
import { PracticeCall } from './PracticeCall';
import { ScenarioScript } from './ScenarioScript';
import { TraineeRecord } from './TraineeRecord';

/** The console's leg of the mock call; remembered once seen, since the phone drops ended calls after a while. */
function useLeg(legId: string): CallSnapshot | undefined {
  const current = useTelephonyState((state) => state.calls.find((call) => call.id === legId));
  const last = useRef<CallSnapshot | undefined>(undefined);
  if (current) last.current = current;
  return current ?? last.current;
}

/**
 * Tells the API the mock call is over once the phone says so, whoever hung up; then the rubric
 * opens. An answer of 409 means the trainee's side already told it.
 */
function useEndWhenOver(id: string, leg: CallSnapshot | undefined, hungUpByTrainer: boolean, onEnded: (id: string) => void) {
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const stage = mockCallStage(leg);
  const over = stage === 'ended' || stage === 'refused';
  useEffect(() => {
    if (!over || !leg) return;
    let cancelled = false;
    endTrainingCall(id, endReasonFor(leg, hungUpByTrainer))
      .catch((error: unknown) => {
        if (!(error instanceof ApiError && error.status === 409)) throw error;
      })
      .then(
        () => !cancelled && stage === 'ended' && onEnded(id),
        () => !cancelled && setFailed(true),
      );
    return () => {
      cancelled = true;
    };
    // Once per ending (and per retry): the leg's later snapshots change nothing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [over, attempt]);
  return { failed, retry: () => (setFailed(false), setAttempt((value) => value + 1)) };
}

export interface LiveMockCallProps {
  call: StartedMockCall;
  onEnded: (id: string) => void;
  onBack: () => void;
  /** The whisper-hint control, given the trainee's SIP Call-ID once the API has it. */
  whisper?: (traineeCallId: string) => ReactNode;
}

/** The trainer's console during a mock call: script, the trainee's record live, the call's controls. */
export function LiveMockCall({ call, onEnded, onBack, whisper }: LiveMockCallProps) {
  const { t } = useTranslation();
  const telephony = useTelephony();
  const connection = useLiveEvents();
  const view = useTrainingCallView(call.id);
  const leg = useLeg(call.legId);
  const [hungUpByTrainer, setHungUpByTrainer] = useState(false);
  const stage = mockCallStage(leg);
  const ending = useEndWhenOver(call.id, leg, hungUpByTrainer, onEnded);
  const now = useNow(stage === 'talking');
  const record = view.data?.record ?? null;
  const traineeCallId = view.data?.call.callId ?? null;

  const hangUp = () => {
    setHungUpByTrainer(true);
    void telephony.hangUp(call.legId);
  };

  return (
    <div className="grid h-full min-h-0 grid-cols-1 gap-3 lg:grid-cols-[1fr_1fr_20rem]">
      {view.data ? <ScenarioScript scenario={view.data.scenario} /> : <p className="text-sm text-slate-500">{t('app.loading')}</p>}
      <TraineeRecord record={record} stale={connection === 'reconnecting'} />
      <div className="flex min-h-0 flex-col gap-3">
        <Region title={t('trainingConsole.call.title', { trainee: call.traineeName })} className="shrink-0">
          <div className="flex flex-col gap-2 text-sm">
            <p role="status" className="font-semibold tabular-nums">
              {stage === 'dialling' && t('trainingConsole.call.ringing')}
              {stage === 'talking' && t('trainingConsole.call.active', { time: formatDuration(now - (leg?.answeredAt ?? now)) })}
              {stage === 'ended' && t('trainingConsole.call.ended')}
              {stage === 'refused' && t('trainingConsole.call.refused', { reason: t(`call.ended.${leg?.endReason ?? 'failed'}`) })}
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
            {stage === 'talking' && traineeCallId && whisper?.(traineeCallId)}
            {(stage === 'dialling' || stage === 'talking') && (
              <Button tone="danger" className="self-start" disabled={hungUpByTrainer} onClick={hangUp}>
                {hungUpByTrainer ? t('trainingConsole.call.ending') : t('trainingConsole.call.end')}
              </Button>
            )}
            {stage === 'refused' && (
              <Button tone="secondary" className="self-start" onClick={onBack}>
                {t('trainingConsole.call.backToSetup')}
              </Button>
            )}
          </div>
        </Region>
        <PracticeCall target={record ? practiceCallTarget(record.transfers) : null} />
      </div>
    </div>
  );
}
