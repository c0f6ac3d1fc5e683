import { useTranslation } from 'react-i18next';
import { Alert, Button } from '../../components';
import type { HintStage } from '../mock-call-phone';

/** The trainer steps out of the caller's role to tell the trainee something only they hear. */
export function WhisperHint({ hint, onStart, onStop }: { hint: HintStage; onStart: () => void; onStop: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="flex flex-col gap-1">
      {hint === 'speaking' && (
        <p role="status" className="font-semibold text-teal-900">
          {t('trainingConsole.whisper.on')}
        </p>
      )}
      {hint === 'failed' && <Alert tone="error">{t('trainingConsole.whisper.failed')}</Alert>}
      {hint === 'speaking' ? (
        <Button tone="secondary" className="self-start" onClick={onStop}>
          {t('trainingConsole.whisper.stop')}
        </Button>
      ) : (
        <Button tone="secondary" className="self-start" disabled={hint === 'starting'} onClick={onStart}>
          {t('trainingConsole.whisper.start')}
        </Button>
      )}
    </div>
  );
}
