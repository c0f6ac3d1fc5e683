import { useTranslation } from 'react-i18next';
import { Alert, Button, Region } from '../../components';
import { SupervisionMode } from '../../contract';
import { formatDuration } from '../../lib/time';
import { useNow } from '../../lib/use-now';
import { useTelephonyState, type RegistrationFailure } from '../../telephony';
import type { SupervisionControls } from './use-supervision';

/** The supervision phone's connection, as the page that keeps it tells the panel. */
export interface SupervisionPhoneState {
  /** The API issued no credentials (retried by itself when transient). */
  credentialsFailed: boolean;
  reconnect(): void;
}

type PhoneProblem = 'credentials' | RegistrationFailure;

/** What keeps the supervision phone from dialling now, if anything. */
function usePhoneProblem(phone: SupervisionPhoneState | undefined): PhoneProblem | null {
  const registration = useTelephonyState((state) => state.registration);
  if (!phone) return null;
  if (phone.credentialsFailed) return 'credentials';
  // A first connection in progress is no problem; a reconnection is the PBX not answering.
  if (registration.status === 'connecting' && registration.attempt > 0) return 'pbx-unreachable';
  return registration.status === 'failed' ? (registration.failure ?? 'pbx-unreachable') : null;
}

function LiveSupervision({ controls, name }: { controls: SupervisionControls; name: string }) {
  const { t } = useTranslation();
  const now = useNow(true);
  const { leg } = controls;
  const mode = leg?.supervision?.mode;
  if (!leg?.answeredAt || !mode) return <p role="status">{t('supervisor.supervise.starting', { name })}</p>;
  return (
    <div className="flex flex-col gap-2">
      <p className="font-semibold">{t('supervisor.supervise.on', { name })}</p>
      <p role="status" className="tabular-nums">
        {t('supervisor.supervise.mode', { mode: t(`supervisor.supervise.modes.${mode}`) })} ·{' '}
        {t('supervisor.supervise.elapsed', { time: formatDuration(now - leg.answeredAt) })}
      </p>
      <p className="text-xs text-slate-600">{t(`supervisor.supervise.modeHints.${mode}`)}</p>
      {leg.problem === 'playback-blocked' && <Alert tone="warning">{t('call.problems.playback-blocked')}</Alert>}
      {controls.modeFailed && <Alert tone="error">{t('supervisor.supervise.modeFailed', { mode: t(`supervisor.supervise.modes.${controls.modeFailed}`) })}</Alert>}
      <div className="flex flex-wrap gap-1">
        {SupervisionMode.options
          .filter((other) => other !== mode)
          .map((other) => (
            <Button key={other} tone="secondary" className="px-2 py-1" disabled={controls.switching} onClick={() => controls.switchMode(other)}>
              {t(`supervisor.supervise.switchTo.${other}`)}
            </Button>
          ))}
        <Button tone="danger" className="px-2 py-1" onClick={controls.leave}>
          {t('supervisor.supervise.leave')}
        </Button>
      </div>
    </div>
  );
}

/**
 * The supervisor's one supervision: whose call, the mode and for how long, switching mode and
 * leaving; then why it ended or was refused, until dismissed. Shown only when there is something
 * to show, so the console keeps its room at 1366×768.
 */
export function SupervisionPanel({ controls, phone }: { controls: SupervisionControls; phone?: SupervisionPhoneState }) {
  const { t } = useTranslation();
  const { current } = controls;
  const problem = usePhoneProblem(phone);
  if (current.stage === 'idle' && !problem) return null;
  const dismiss = (
    <Button tone="secondary" className="self-start px-2 py-1" onClick={controls.dismiss}>
      {t('supervisor.supervise.dismiss')}
    </Button>
  );
  return (
    <Region title={t('supervisor.supervise.title')} className="shrink-0">
      <div className="flex flex-col gap-2 text-sm">
        {problem && (
          <Alert tone={problem === 'credentials' || problem === 'pbx-unreachable' ? 'warning' : 'error'}>
            {t(`supervisor.supervise.phone.${problem}`)}{' '}
            {(problem === 'microphone-denied' || problem === 'no-microphone') && (
              <Button tone="secondary" className="ml-1 px-2 py-0.5" onClick={phone?.reconnect}>
                {t('supervisor.supervise.phone.retry')}
              </Button>
            )}
          </Alert>
        )}
        {current.stage === 'starting' && <p role="status">{t('supervisor.supervise.starting', { name: current.name })}</p>}
        {current.stage === 'on' && <LiveSupervision controls={controls} name={current.name} />}
        {current.stage === 'over' && (
          <>
            <Alert>{t(`supervisor.supervise.over.${current.why}`, { name: current.name })}</Alert>
            {current.notRecorded && <Alert tone="warning">{t('supervisor.supervise.leaveNotRecorded')}</Alert>}
            {dismiss}
          </>
        )}
        {current.stage === 'refused' && (
          <>
            <Alert tone="error">{t(`supervisor.supervise.refused.${current.refusal}`, { name: current.name })}</Alert>
            {dismiss}
          </>
        )}
      </div>
    </Region>
  );
}
