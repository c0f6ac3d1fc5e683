import { useTranslation } from 'react-i18next';
import type { BoardSeat } from '../../contract';
import { EmptyState, riskLevelTone } from '../../components';
import { formatDuration } from '../../lib/time';
import { boardOrder, liveCall } from './board-order';
import { seatStatusText } from './seat-status';
import { SuperviseButtons, type SuperviseAction } from './SuperviseButtons';

function StatusCell({ seat, now, debriefBreakSec }: { seat: BoardSeat; now: number; debriefBreakSec: number | null }) {
  const { t } = useTranslation();
  const text = seatStatusText(seat, now, debriefBreakSec);
  if (text.kind === 'not-clocked-in') return <span className="text-slate-500">{t('shift.status.offline')}</span>;
  const time = formatDuration(text.ms);
  if (text.kind === 'wrap-up-left') return <>{t('supervisor.seats.wrapUpLeft', { time })}</>;
  if (text.kind === 'wrap-up-over') return <span className="font-medium text-amber-900">{t('supervisor.seats.wrapUpOver', { time })}</span>;
  if (text.kind === 'debrief-left') return <>{t('supervisor.seats.debriefLeft', { time })}</>;
  return <>{t('supervisor.seats.statusFor', { status: t(`shift.status.${seat.seat.status}`), time })}</>;
}

function SeatRow({
  seat,
  now,
  debriefBreakSec,
  lineName,
  supervise,
}: {
  seat: BoardSeat;
  now: number;
  debriefBreakSec: number | null;
  lineName: (line: string | null) => string;
  supervise: SuperviseAction | undefined;
}) {
  const { t } = useTranslation();
  const call = liveCall(seat);
  const none = t('supervisor.seats.none');
  return (
    <tr aria-label={t('supervisor.seats.rowName', { name: seat.name, extension: seat.extension })} className="border-t border-slate-100 align-top">
      <th scope="row" className="py-1.5 pr-2 text-left font-medium">
        {seat.name} <span className="font-normal text-slate-500">{seat.extension}</span>
        {seat.trainee && (
          // An available trainee is no capacity: the supervisor must not count on them while callers queue.
          <span className="ml-1 block w-fit rounded bg-sky-50 px-1.5 text-xs font-normal text-sky-900 ring-1 ring-sky-200">
            {t('supervisor.seats.trainee')}
          </span>
        )}
      </th>
      <td className="py-1.5 pr-2 tabular-nums">
        <StatusCell seat={seat} now={now} debriefBreakSec={debriefBreakSec} />
      </td>
      <td className="py-1.5 pr-2 tabular-nums">
        {call ? t('supervisor.seats.callOn', { line: lineName(call.line), duration: formatDuration(now - Date.parse(call.answeredAt)) }) : none}
      </td>
      <td className="py-1.5 pr-2" data-risk-level={call?.riskLevel}>
        {call ? <span className={`rounded px-2 py-0.5 text-xs font-semibold ${riskLevelTone[call.riskLevel]}`}>{t(`risk.levels.${call.riskLevel}`)}</span> : none}
      </td>
      <td className="py-1.5 pr-2">
        {call?.supervisedBy ? t(`supervisor.seats.supervised.${call.supervisedBy.mode}`, { name: call.supervisedBy.name }) : !(call && supervise) && none}
        {call && supervise && <SuperviseButtons seat={seat} supervise={supervise} />}
      </td>
      <td className="py-1.5 pr-2 tabular-nums">
        {seat.protocolMissesToday === 0 ? (
          none
        ) : (
          <span className="rounded bg-amber-50 px-1.5 text-xs text-amber-900 ring-1 ring-amber-300">
            {t('supervisor.seats.protocolMisses', { n: seat.protocolMissesToday })}
          </span>
        )}
      </td>
      <td className="py-1.5">
        {seat.fatigue.length === 0
          ? none
          : seat.fatigue.map((warning) => (
              <span key={warning} className="mr-1 inline-block rounded bg-amber-50 px-1.5 text-xs text-amber-900 ring-1 ring-amber-300">
                {t(`supervisor.seats.fatigue.${warning}`)}
              </span>
            ))}
      </td>
    </tr>
  );
}

/**
 * Every counsellor of the centre, live calls first by clinical risk and then length (boardOrder):
 * the call a supervisor should look at is always the top row.
 */
export function SeatBoard({
  seats,
  now,
  debriefBreakSec,
  lineName,
  supervise,
}: {
  seats: readonly BoardSeat[];
  now: number;
  debriefBreakSec: number | null;
  lineName: (line: string | null) => string;
  /** Listen-in on a live call; absent where nobody may (no phone on this screen). */
  supervise?: SuperviseAction;
}) {
  const { t } = useTranslation();
  if (seats.length === 0) return <EmptyState>{t('supervisor.seats.empty')}</EmptyState>;
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">{t('supervisor.seats.caption')}</caption>
      <thead className="sticky top-0 bg-white text-left text-xs text-slate-600">
        <tr>
          <th scope="col" className="pb-1 pr-2 font-medium">{t('supervisor.seats.counsellor')}</th>
          <th scope="col" className="pb-1 pr-2 font-medium">{t('supervisor.seats.status')}</th>
          <th scope="col" className="pb-1 pr-2 font-medium">{t('supervisor.seats.call')}</th>
          <th scope="col" className="pb-1 pr-2 font-medium">{t('supervisor.seats.risk')}</th>
          <th scope="col" className="pb-1 pr-2 font-medium">{t('supervisor.seats.supervision')}</th>
          <th scope="col" className="pb-1 pr-2 font-medium">{t('supervisor.seats.protocol')}</th>
          <th scope="col" className="pb-1 font-medium">{t('supervisor.seats.warnings')}</th>
        </tr>
      </thead>
      <tbody>
        {boardOrder(seats).map((seat) => (
          <SeatRow key={seat.staffId} seat={seat} now={now} debriefBreakSec={debriefBreakSec} lineName={lineName} supervise={supervise} />
        ))}
      </tbody>
    </table>
  );
}
