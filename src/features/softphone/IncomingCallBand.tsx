import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isInProgress, isOffered, useTelephonyState, type CallSnapshot } from '../../telephony';
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

/**
 * A call answered from the band keeps it (its buttons waiting) until the caller's audio flows:
 * taking the band away lays the whole workstation out again, on the main thread the call's media
 * set-up needs at that moment (bench/call-setup).
 */
function answeredWithoutAudioYet(call: CallSnapshot): boolean {
  // A supervisor's call is no call of the counsellor's: it never shows here.
  return isInProgress(call) && call.direction === 'inbound' && call.answeredAt !== null && call.endedAt === null && !call.audioFlowing;
}

/** The workstation's incoming-call alert: a band across the top of the screen while a call rings. */
export function IncomingCallBand({ callerContext }: { callerContext?: (call: CallSnapshot) => ReactNode }) {
  const ringing = useTelephonyState((state) => state.calls.find(isOffered));
  const shown = useTelephonyState((state) => state.calls.find((call) => isOffered(call) || answeredWithoutAudioYet(call)));
  return (
    <>
      <RingingAnnouncement ringing={ringing} />
      {shown && (
        <IncomingCallAlert key={shown.id} call={shown} variant="band">
          {callerContext?.(shown)}
        </IncomingCallAlert>
      )}
    </>
  );
}
