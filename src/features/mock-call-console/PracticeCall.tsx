import { useTranslation } from 'react-i18next';
import { Button, Region } from '../../components';
import type { PracticeCall as Practice } from '../mock-call-phone';

/**
 * A transfer the trainee makes in the mock call (their 110, 120, a hotline or a colleague) rings
 * this console, the call's practice target: the trainer answers it as that service and hangs up.
 * `target` is the number the trainee asked for.
 */
export function PracticeCall({ practice, target, onAnswer, onHangUp }: { practice: Practice; target: string | null; onAnswer: () => void; onHangUp: () => void }) {
  const { t } = useTranslation();
  const name = target ?? t('trainingConsole.practice.unknownTarget');
  const ringing = practice.call.phase === 'ringing';
  return (
    <Region title={t('trainingConsole.practice.title')} className="shrink-0 ring-2 ring-amber-500">
      <div className="flex flex-col gap-2 text-sm">
        <p role={ringing ? 'alert' : 'status'} className="text-base font-semibold">
          {t(ringing ? 'trainingConsole.practice.incoming' : 'trainingConsole.practice.active', { target: name })}
        </p>
        <p className="text-xs text-slate-600">{t('trainingConsole.practice.hint')}</p>
        <div className="flex gap-2">
          {ringing && <Button onClick={onAnswer}>{t('trainingConsole.practice.answer')}</Button>}
          <Button tone="danger" onClick={onHangUp}>
            {t('trainingConsole.practice.hangUp')}
          </Button>
        </div>
      </div>
    </Region>
  );
}
