import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallSnapshot } from '../../telephony';
import { useAudioPreferences } from './audio-preferences';
import { useAnswering } from './answering';
import { Ringtone } from './ringtone';
import { useLineLabel } from './use-line-label';

/** Rings on the chosen output while a caller is waiting, and only then: it stops at the answer click. */
export function useRingtone(ringing: CallSnapshot | undefined): void {
  const ringtoneId = useAudioPreferences((state) => state.ringtoneId);
  const ringtone = useRef<Ringtone | null>(null);
  const answering = useAnswering((state) => state.callId);
  const ringingId = ringing && ringing.id !== answering ? ringing.id : undefined;
  useEffect(() => {
    if (!ringingId) return;
    const tone = new Ringtone();
    ringtone.current = tone;
    void tone.start(ringtoneId);
    return () => tone.stop();
  }, [ringingId, ringtoneId]);
}

/**
 * A desktop notification when a call rings while the tab is hidden (a counsellor looking up a
 * referral in another tab). It names the line only: a caller's number never leaves the page.
 */
export function useIncomingCallNotification(ringing: CallSnapshot | undefined): void {
  const { t } = useTranslation();
  const line = useLineLabel(ringing?.line ?? null);
  const ringingId = ringing?.id;
  useEffect(() => {
    if (!ringingId || typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
    let notification: Notification | null = null;
    const show = () => {
      if (!document.hidden || notification) return;
      notification = new Notification(t('call.notification.title'), {
        body: t('call.notification.body', { line }),
        tag: ringingId,
        requireInteraction: true,
      });
      notification.onclick = () => {
        window.focus();
        notification?.close();
      };
    };
    show();
    document.addEventListener('visibilitychange', show);
    return () => {
      document.removeEventListener('visibilitychange', show);
      notification?.close();
    };
  }, [ringingId, line, t]);
}

/**
 * Asks once for permission to show desktop notifications. Called from the clock-in click: the
 * browser shows its prompt only in answer to a user's gesture, and clock-in is when the counsellor
 * starts taking calls (asking on page load would be refused out of hand by many).
 */
export function requestCallNotifications(): void {
  if (typeof Notification === 'undefined' || Notification.permission !== 'default') return;
  void Notification.requestPermission().catch(() => undefined);
}
