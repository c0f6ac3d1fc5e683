import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Button, apiErrorMessage } from '../../components';
import { useTelephonyState, type RegistrationState } from '../../telephony';
import type { ApiError } from '../../api';
import type { CallsReachSeat } from '../../lib/calls-reach-seat';
import { useNow } from '../../lib/use-now';

const dot: Record<RegistrationState['status'], string> = {
  offline: 'bg-slate-400',
  connecting: 'bg-amber-500 animate-pulse',
  registered: 'bg-green-600',
  failed: 'bg-red-600',
  'taken-over': 'bg-slate-500',
};


function headline(t: TFunction, registration: RegistrationState, now: number, reach: CallsReachSeat): string {
  switch (registration.status) {
    case 'registered':
      if (!registration.receivesCalls) return t('registration.registeredOutboundOnly');
      return reach === 'ready' || reach === 'unknown' ? t('registration.registered') : t(`registration.seat.${reach}`);
    case 'connecting':
      if (registration.attempt === 0) return t('registration.connecting');
      if (registration.retryAt && registration.retryAt > now) {
        return t('registration.reconnecting', {
          attempt: registration.attempt,
          seconds: Math.ceil((registration.retryAt - now) / 1000),
        });
      }
      return t('registration.reconnectingNow', { attempt: registration.attempt });
    case 'failed':
      return t('registration.failed');
    case 'taken-over':
      return t('registration.takenOver');
    case 'offline':
      return t('registration.offline');
  }
}

/** Always on screen: whether this seat can take a call right now, and if not, why and what to do. */
export function RegistrationStatus({
  credentialsError,
  onReconnect,
  reach = 'ready',
}: {
  credentialsError: ApiError | null;
  onReconnect: () => void;
  reach?: CallsReachSeat;
}) {
  const { t } = useTranslation();
  const registration = useTelephonyState((state) => state.registration);
  const now = useNow(registration.status === 'connecting' && registration.retryAt !== null);
  const waiting = registration.status === 'registered' && registration.receivesCalls && reach !== 'ready' && reach !== 'unknown';
  const canRetry =
    registration.status === 'failed' || registration.status === 'taken-over' || (credentialsError !== null && !credentialsError.transient);
  const reason = credentialsError
    ? credentialsError.transient
      ? t('registration.failures.credentials-unavailable')
      : apiErrorMessage(t, credentialsError)
    : registration.failure && registration.status !== 'registered'
      ? t(`registration.failures.${registration.failure}`)
      : null;

  return (
    <div role="status" aria-live="polite" aria-label={t('workstation.regions.softphone')} className="flex flex-col gap-2">
      <p className="flex items-center gap-2 text-sm font-medium text-slate-800" data-registration={registration.status} data-calls-reach={reach}>
        <span aria-hidden className={`inline-block h-2.5 w-2.5 shrink-0 rounded-full ${waiting ? 'bg-amber-500' : dot[registration.status]}`} />
        {headline(t, registration, now, reach)}
      </p>
      {reason && <p className="text-sm text-red-800">{reason}</p>}
      {canRetry && (
        <Button tone="secondary" onClick={onReconnect}>
          {registration.status === 'taken-over' || registration.failure === 'credentials-rejected'
            ? t('registration.takeBack')
            : t('registration.retry')}
        </Button>
      )}
    </div>
  );
}
