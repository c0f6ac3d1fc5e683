import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClockIn, useClockOut, useSeat } from '../../api';
import type { ShiftSummary } from '../../contract';
import { Alert, Button, TextArea, apiErrorMessage } from '../../components';
import { formatDuration } from '../../lib/time';
import { seatBusy, useTelephonyState } from '../../telephony';
import { HandoverPanel } from './HandoverPanel';
import { SeatControl } from './SeatControl';
import { ShiftClock } from './ShiftClock';

function SummaryCard({ summary }: { summary: ShiftSummary }) {
  const { t } = useTranslation();
  return (
    <Alert tone="success">
      <strong className="block">{t('shift.summaryTitle')}</strong>
      {t('shift.summary', {
        duration: formatDuration(Date.parse(summary.clockedOutAt) - Date.parse(summary.clockedInAt)),
        calls: summary.callsTaken,
        talk: formatDuration(summary.talkSec * 1000),
        crisis: summary.crisisCalls,
        rest: formatDuration(summary.breakSec * 1000),
      })}
    </Alert>
  );
}

/**
 * The shift region of the workstation: the clock, the seat, clock-in with the handover, clock-out
 * with a note. `onClockIn` runs inside the click (the workstation asks for notifications there).
 */
export function ShiftPanel({ onClockIn }: { onClockIn?: () => void } = {}) {
  const { t } = useTranslation();
  const seat = useSeat();
  const clockIn = useClockIn();
  const clockOut = useClockOut();
  const busy = useTelephonyState((state) => seatBusy(state.calls));
  const [closing, setClosing] = useState(false);
  const [note, setNote] = useState('');

  if (seat.isPending) return <p className="text-sm text-slate-500">{t('app.loading')}</p>;
  if (seat.isError) return <Alert tone="warning">{apiErrorMessage(t, seat.error)}</Alert>;
  const view = seat.data;

  return (
    <div className="flex flex-col gap-3">
      <ShiftClock view={view} />
      {view.session ? (
        <>
          <SeatControl view={view} />
          {closing ? (
            <form
              className="flex flex-col gap-2"
              onSubmit={(event) => {
                event.preventDefault();
                clockOut.mutate(note, { onSuccess: () => setClosing(false) });
              }}
            >
              <TextArea label={t('shift.handoverNote')} hint={t('shift.handoverHint')} value={note} onChange={(event) => setNote(event.target.value)} />
              <div className="flex gap-2">
                <Button type="submit" disabled={clockOut.isPending}>
                  {t('shift.confirmClockOut')}
                </Button>
                <Button tone="quiet" onClick={() => setClosing(false)}>
                  {t('shift.cancel')}
                </Button>
              </div>
            </form>
          ) : (
            <Button tone="secondary" disabled={busy} title={busy ? t('shift.clockOutBlocked') : undefined} onClick={() => setClosing(true)}>
              {t('shift.clockOut')}
            </Button>
          )}
        </>
      ) : (
        <>
          {clockOut.data && <SummaryCard summary={clockOut.data} />}
          <p className="text-sm text-slate-600">{t('shift.notClockedIn')}</p>
          <Button
            onClick={() => {
              onClockIn?.();
              clockIn.mutate();
            }}
            disabled={clockIn.isPending}
          >
            {t('shift.clockIn')}
          </Button>
          <HandoverPanel />
        </>
      )}
      {(clockIn.isError || clockOut.isError) && <Alert tone="error">{apiErrorMessage(t, clockIn.error ?? clockOut.error)}</Alert>}
    </div>
  );
}
