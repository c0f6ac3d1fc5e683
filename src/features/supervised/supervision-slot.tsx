import { useEffect } from 'react';
import { loadFormMessages } from '../../i18n';
import { activeSupervision, useTelephonyState } from '../../telephony';
import { SupervisionBanner } from './SupervisionBanner';

/**
 * Where the supervision banner appears on the workstation, while a supervisor is on the call. Its
 * words come with the form's (loaded when the page is idle, and always by the time a call is
 * answered); asked for again here, so a banner never shows without them.
 */
export function SupervisionSlot() {
  const supervised = useTelephonyState((state) => activeSupervision(state.calls) !== undefined);
  useEffect(() => {
    if (supervised) void loadFormMessages();
  }, [supervised]);
  return supervised ? <SupervisionBanner /> : null;
}
