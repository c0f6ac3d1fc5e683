import { useTranslation } from 'react-i18next';
import { fatigue, withCallInProgress, type SeatView } from '../../contract';
import { Alert } from '../../components';
import { formatBeijingTime, formatDuration } from '../../lib/time';
import { useNow } from '../../lib/use-now';
import { shiftAt, shiftCounters } from './shift-maths';

/** Beijing time, the current shift and what remains of it, and this counsellor's shift so far. */
export function ShiftClock({ view }: { view: SeatView }) {
  const { t, i18n } = useTranslation();
  const now = useNow(true);
  const english = i18n.language.startsWith('en');
  const window = shiftAt(now, view.settings.shifts);
  const session = view.session ? withCallInProgress(view.session, view.seat) : null;
  const counters = session ? shiftCounters(session, now) : null;
  const tired = session ? fatigue(session, view.settings, now) : null;

  return (
    <div className="flex flex-col gap-1 text-sm">
      <p className="flex items-baseline justify-between gap-2">
        <span className="text-slate-500">{t('time.beijing')}</span>
        <time className="font-mono text-lg tabular-nums text-slate-900">{formatBeijingTime(now, i18n.language)}</time>
      </p>
      {window && (
        <p className="text-slate-700">
          {t('shift.current', {
            name: english ? window.shift.nameEn : window.shift.nameZh,
            start: window.shift.start,
            end: window.shift.end,
            left: formatDuration(window.end - now),
          })}
        </p>
      )}
      {session && counters && (
        <dl className="grid grid-cols-2 gap-x-3 gap-y-0.5 text-slate-700" aria-label={t('shift.counters')}>
          <dt>{t('shift.onShift')}</dt>
          <dd className="text-right font-mono tabular-nums">{formatDuration(now - Date.parse(session.clockedInAt))}</dd>
          <dt>{t('shift.callsTaken')}</dt>
          <dd className="text-right font-mono tabular-nums" data-counter="calls">
            {counters.callsTaken}
          </dd>
          <dt>{t('shift.talkTime')}</dt>
          <dd className="text-right font-mono tabular-nums" data-counter="talk">
            {formatDuration(counters.talkMs)}
          </dd>
          <dt>{t('shift.crisisCalls')}</dt>
          <dd className="text-right font-mono tabular-nums" data-counter="crisis">
            {counters.crisisCalls}
          </dd>
        </dl>
      )}
      {tired?.warnings.includes('long-talk') && (
        <Alert tone="warning">{t('shift.warnLongTalk', { time: formatDuration(tired.continuousTalkMs) })}</Alert>
      )}
      {tired?.warnings.includes('crisis-streak') && <Alert tone="warning">{t('shift.warnCrisisStreak', { count: tired.crisisInRow })}</Alert>}
    </div>
  );
}
