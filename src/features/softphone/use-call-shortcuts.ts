import { useEffect } from 'react';
import { isTalking, useTelephony, type CallSnapshot } from '../../telephony';
import { answerCall } from './answering';
import { declineOrArm } from './declining';
import { shortcutFor } from './shortcuts';

/**
 * Alt+A/H/M/P work anywhere on the screen, also while typing notes. While a call rings, Alt+H
 * asks for the decline and a second Alt+H confirms it, as the buttons do.
 */
export function useCallShortcuts(ringing: CallSnapshot | undefined, current: CallSnapshot | undefined): void {
  const telephony = useTelephony();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const shortcut = shortcutFor(event);
      if (!shortcut) return;
      event.preventDefault();
      if (shortcut === 'answer' && ringing) answerCall(telephony, ringing.id);
      if (shortcut === 'hang-up') {
        if (ringing) declineOrArm(telephony, ringing.id);
        else if (current) void telephony.hangUp(current.id);
      }
      const live = current && isTalking(current);
      if (shortcut === 'mute' && live) telephony.setMuted(current.id, !current.muted);
      if (shortcut === 'hold' && live) void telephony.setHeld(current.id, !current.held);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [telephony, ringing, current]);
}
