import { useTranslation } from 'react-i18next';
import { SupervisionMode, type BoardSeat } from '../../contract';

export interface SuperviseAction {
  start(seat: BoardSeat, mode: SupervisionMode): void;
  /** Another supervision is starting or on: one call at a time. */
  busy: boolean;
}

/** Listen, whisper or barge on a live call in one click; each names the counsellor for screen readers. */
export function SuperviseButtons({ seat, supervise }: { seat: BoardSeat; supervise: SuperviseAction }) {
  const { t } = useTranslation();
  return (
    <div role="group" aria-label={t('supervisor.supervise.actions', { name: seat.name })} className="mt-1 flex gap-1">
      {SupervisionMode.options.map((mode) => (
        <button
          key={mode}
          type="button"
          aria-label={t(`supervisor.supervise.${mode}`, { name: seat.name })}
          disabled={supervise.busy}
          onClick={() => supervise.start(seat, mode)}
          className="rounded px-1.5 py-0.5 text-xs font-medium text-teal-800 ring-1 ring-teal-700/40 hover:bg-teal-50 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-teal-700 disabled:cursor-not-allowed disabled:text-slate-500 disabled:ring-slate-200"
        >
          {t(`supervisor.supervise.modes.${mode}`)}
        </button>
      ))}
    </div>
  );
}
