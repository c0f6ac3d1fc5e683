import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isFinished, isInProgress, isOffered, seatBusy, useTelephonyState, type CallSnapshot } from '../../telephony';
import { AudioSettings } from './AudioSettings';
import { CallPanel } from './CallPanel';
import { Dialler } from './Dialler';
import { EndedCallNotice } from './EndedCallNotice';
import type { CallsReachSeat } from '../../lib/calls-reach-seat';
import { RegistrationStatus } from './RegistrationStatus';
import { ShortcutList } from './ShortcutList';
import { useIncomingCallNotification, useRingtone } from './use-call-alerts';
import { useCallShortcuts } from './use-call-shortcuts';
import { useSeatPhone } from './use-seat-phone';

/** The ring and the desktop notification, apart so the answer click re-renders only them. */
function CallAlerts({ ringing }: { ringing: CallSnapshot | undefined }) {
  useRingtone(ringing);
  useIncomingCallNotification(ringing);
  return null;
}

/**
 * The counsellor's phone: always on screen, registered for the whole shift. A ringing call is
 * shown by IncomingCallBand, across the top of the screen, not in this narrow column. `wrapUp`
 * is how a call's wrap-up ends (through its record).
 */
export function Softphone({ wrapUp, reach }: { wrapUp?: (call: CallSnapshot) => ReactNode; reach?: CallsReachSeat } = {}) {
  const { t } = useTranslation();
  const seat = useSeatPhone();
  const calls = useTelephonyState((state) => state.calls);
  const registration = useTelephonyState((state) => state.registration);
  const ringing = calls.find(isOffered);
  const inProgress = calls.filter(isInProgress);
  const finished = calls.filter(isFinished);
  const busy = seatBusy(calls);

  useCallShortcuts(ringing, inProgress[0]);

  return (
    <div className="flex flex-col gap-4">
      <RegistrationStatus credentialsError={seat.credentialsError} onReconnect={seat.reconnect} reach={reach} />
      <CallAlerts ringing={ringing} />
      {inProgress.map((call) => (
        <CallPanel key={call.id} call={call} />
      ))}
      {finished.map((call) => (
        <EndedCallNotice key={call.id} call={call} wrapUp={wrapUp?.(call)} />
      ))}
      {!busy && <Dialler disabled={registration.status !== 'registered'} />}
      <details className="rounded-md bg-slate-50 p-2">
        <summary className="cursor-pointer text-sm font-medium text-slate-700">{t('devices.title')}</summary>
        <div className="mt-2">
          <AudioSettings />
        </div>
      </details>
      <details className="rounded-md bg-slate-50 p-2">
        <summary className="cursor-pointer text-sm font-medium text-slate-700">{t('shortcuts.title')}</summary>
        <div className="mt-2">
          <ShortcutList />
        </div>
      </details>
    </div>
  );
}
