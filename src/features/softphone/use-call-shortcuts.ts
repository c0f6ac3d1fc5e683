import { useEffect } from 'react';
import { isTalking, useTelephony, type CallSnapshot } from '../../telephony';
import { answerCall } from './answering';
import { shortcutFor } from './shortcuts';

/** Alt+A/H/M/P work anywhere on the screen, also while typing notes. */
export function useCallShortcuts(ringing: CallSnapshot | undefined, current: CallSnapshot | undefined): void {
  const telephony = useTelephony();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const shortcut = shortcutFor(event);
      if (!shortcut) return;
      event.preventDefault();
      if (shortcut === 'answer' && ringing) answerCall(telephony, ringing.id);
      if (shortcut === 'hang-up') {
        if (ringing) void telephony.decline(ringing.id);
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
