import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isOffered, useTelephonyState, type CallSnapshot } from '../../telephony';
import { IncomingCallAlert } from './IncomingCallAlert';
import { callShortcuts } from './shortcuts';
import { useLineLabel } from './use-line-label';

/**
 * Says a call is ringing to a screen reader even while the counsellor keeps typing (the alert does
 * not take focus then). Always mounted, so the announcement is a change of an existing live region.
 */
function RingingAnnouncement({ ringing }: { ringing: CallSnapshot | undefined }) {
  const { t } = useTranslation();
  const line = useLineLabel(ringing?.line ?? null);
  return (
    <p aria-live="assertive" className="sr-only">
      {ringing ? t('call.announcement', { line, shortcut: callShortcuts.answer.label }) : ''}
    </p>
  );
}

/** The workstation's incoming-call alert: a band across the top of the screen while a call rings. */
export function IncomingCallBand({ callerContext }: { callerContext?: (call: CallSnapshot) => ReactNode }) {
  const ringing = useTelephonyState((state) => state.calls.find(isOffered));
  return (
    <>
      <RingingAnnouncement ringing={ringing} />
      {ringing && (
        <IncomingCallAlert key={ringing.id} call={ringing} variant="band">
          {callerContext?.(ringing)}
        </IncomingCallAlert>
      )}
    </>
  );
}
