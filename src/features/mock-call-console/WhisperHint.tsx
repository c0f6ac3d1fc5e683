import { useTranslation } from 'react-i18next';
import { Alert, Button } from '../../components';

/** What the console's phone offers for a hint (the supervision path in whisper mode). */
export interface WhisperControl {
  stage: 'idle' | 'starting' | 'on';
  failed: boolean;
  start(): void;
  stop(): void;
}

/** The trainer steps out of the caller's role to tell the trainee something only they hear. */
export function WhisperHint({ control }: { control: WhisperControl }) {
  const { t } = useTranslation();
  return (
    <div className="flex flex-col gap-1">
      {control.stage === 'on' && (
        <p role="status" className="font-semibold text-teal-900">
          {t('trainingConsole.whisper.on')}
        </p>
      )}
      {control.failed && <Alert tone="error">{t('trainingConsole.whisper.failed')}</Alert>}
      {control.stage === 'on' ? (
        <Button tone="secondary" className="self-start" onClick={control.stop}>
          {t('trainingConsole.whisper.stop')}
        </Button>
      ) : (
        <Button tone="secondary" className="self-start" disabled={control.stage === 'starting'} onClick={control.start}>
          {t('trainingConsole.whisper.start')}
        </Button>
      )}
    </div>
  );
}
