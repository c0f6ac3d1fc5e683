import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChangeSeat, type ApiError } from '../../api';
import type { SeatView } from '../../contract';
import { Alert, Button, TextField, apiErrorMessage } from '../../components';
import { formatDuration } from '../../lib/time';
import { useNow } from '../../lib/use-now';
import { inWrapUp, useTelephony } from '../../telephony';
import { debriefRemainingMs, wrapUpCountdown } from './shift-maths';

const tone: Record<SeatView['seat']['status'], string> = {
  available: 'bg-green-100 text-green-900',
  'on-call': 'bg-sky-100 text-sky-900',
  'wrap-up': 'bg-amber-100 text-amber-900',
  break: 'bg-violet-100 text-violet-900',
  offline: 'bg-slate-100 text-slate-700',
};

/**
 * The seat's status, and what the counsellor may do with it: take a break, come back, extend
 * wrap-up once. Wrap-up and a debrief break end by themselves when their time is up.
 */
export function SeatControl({ view }: { view: SeatView }) {
  const { t } = useTranslation();
  const telephony = useTelephony();
  const change = useChangeSeat();
  const { seat, settings, session } = view;
  const now = useNow(seat.status === 'wrap-up' || seat.status === 'break');
  const [reason, setReason] = useState('');
  const [extending, setExtending] = useState(false);
  const wrapUp = wrapUpCountdown(seat, now);
  const debrief = debriefRemainingMs(seat, settings.debriefBreakSec, now);

  // Signed out mid-shift: the shift runs on but the seat left it; it is not "not clocked in".
  const paused = seat.status === 'offline' && session !== null;

  const wrapUpExpired = wrapUp?.expired ?? false;
  const debriefOver = debrief === 0;
  useEffect(() => {
    // A high- or imminent-risk record is not left by the clock: it is completed or handed over.
    if (!wrapUpExpired || view.heldByRecord) return;
    // Time is up: the seat takes calls again; an unfinished record waits in the records list.
    // Read when time is up, not subscribed to: the seat panel need not re-render at every call step.
    const writingUp = telephony.store.getState().calls.filter(inWrapUp);
    if (writingUp.length > 0) for (const call of writingUp) telephony.finishWrapUp(call.id);
    else change.mutate({ change: 'available' });
  }, [wrapUpExpired]); // eslint-disable-line react-hooks/exhaustive-deps -- once per expiry, not per render
  useEffect(() => {
    if (debriefOver) change.mutate({ change: 'available' });
  }, [debriefOver]); // eslint-disable-line react-hooks/exhaustive-deps -- once per expiry, not per render

  return (
    <div className="flex flex-col gap-2" data-seat-status={seat.status}>
      <p className="flex items-center gap-2 text-sm">
        <span className={`rounded px-2 py-0.5 font-medium ${tone[seat.status]}`}>
          {paused ? t('shift.seatPaused') : t(`shift.status.${seat.status}`)}
        </span>
        {wrapUp && <span className="font-mono tabular-nums">{t('shift.wrapUpLeft', { time: formatDuration(wrapUp.remainingMs) })}</span>}
        {debrief !== null && <span className="font-mono tabular-nums">{t('shift.debriefLeft', { time: formatDuration(debrief) })}</span>}
      </p>
      {debrief !== null && <Alert tone="info">{t('shift.debriefOffered')}</Alert>}
      {paused && <Alert tone="warning">{t('shift.seatOffline')}</Alert>}
      <div className="flex flex-wrap gap-2">
        {seat.status === 'available' && session && (
          <Button tone="secondary" onClick={() => change.mutate({ change: 'break', kind: 'break' })}>
            {t('shift.takeBreak')}
          </Button>
        )}
        {paused && <Button onClick={() => change.mutate({ change: 'available' })}>{t('shift.resumeCalls')}</Button>}
        {seat.status === 'break' && (
          <Button onClick={() => change.mutate({ change: 'available' })}>
            {seat.breakKind === 'debrief' ? t('shift.declineDebrief') : t('shift.backFromBreak')}
          </Button>
        )}
        {wrapUp?.canExtend && !extending && (
          <Button tone="secondary" onClick={() => setExtending(true)}>
            {t('shift.extendWrapUp', { minutes: Math.round(settings.wrapUpExtensionSec / 60) })}
          </Button>
        )}
      </div>
      {wrapUp?.canExtend && extending && (
        <form
          className="flex items-end gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            change.mutate({ change: 'extend-wrap-up', reason }, { onSuccess: () => setExtending(false) });
          }}
        >
          <TextField className="flex-1" label={t('shift.extendReason')} value={reason} onChange={(event) => setReason(event.target.value)} required />
          <Button type="submit" disabled={reason.trim() === ''}>
            {t('shift.extend')}
          </Button>
        </form>
      )}
      {change.isError && <Alert tone="error">{apiErrorMessage(t, change.error as ApiError)}</Alert>}
    </div>
  );
}
