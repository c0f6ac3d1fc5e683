import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components';
import type { SupervisionMode } from '../../contract';
import { loadFormMessages } from '../../i18n';
import { activeSupervision, useTelephonyState } from '../../telephony';

/** Barge is the one the caller hears too: it stands out most. */
const tone = { listen: 'info', whisper: 'warning', barge: 'error' } as const satisfies Record<SupervisionMode, string>;

/**
 * Who is supervising the counsellor's call, and how: shown for as long as a supervisor is on the
 * line, never dismissible (the counsellor must always know who hears the call), the mode as the
 * API last vouched for it, changed the moment it changes. Its words come with the form's (loaded
 * when the page is idle, and by the time a call is answered); asked for again here, so the banner
 * never shows without them.
 */
export function SupervisionBanner() {
  const { t } = useTranslation();
  const supervision = useTelephonyState((state) => activeSupervision(state.calls)?.supervision ?? null);
  useEffect(() => {
    if (supervision) void loadFormMessages();
  }, [supervision]);
  if (!supervision) return null;
  const { mode, supervisorName } = supervision;
  return (
    <Alert tone={tone[mode]}>
      <strong className="mr-3 font-semibold">{t(`supervised.${mode}`, { name: supervisorName })}</strong>
      <span className="text-xs">{t(`supervised.hint.${mode}`)}</span>
    </Alert>
  );
}
