import { useTranslation } from 'react-i18next';
import type { SupervisionMode } from '../../contract';
import { activeSupervision, useTelephonyState } from '../../telephony';

const tone: Record<SupervisionMode, string> = {
  listen: 'bg-sky-100 text-sky-900 ring-sky-400',
  whisper: 'bg-amber-100 text-amber-900 ring-amber-400',
  barge: 'bg-rose-100 text-rose-900 ring-rose-400',
};

/**
 * Who is supervising the counsellor's call, and how: shown for as long as a supervisor is on the
 * line, never dismissible (the counsellor must always know who hears the call), the mode as the
 * API last vouched for it, changed the moment it changes.
 */
export function SupervisionBanner() {
  const { t } = useTranslation();
  const supervision = useTelephonyState((state) => activeSupervision(state.calls)?.supervision ?? null);
  if (!supervision) return null;
  const { mode, supervisorName } = supervision;
  return (
    <div role="status" data-supervision-mode={mode} className={`flex flex-wrap items-baseline gap-x-3 rounded-md px-3 py-2 ring-1 ${tone[mode]}`}>
      <strong className="text-sm font-semibold">{t(`supervised.${mode}`, { name: supervisorName })}</strong>
      <span className="text-xs">{t(`supervised.hint.${mode}`)}</span>
    </div>
  );
}
