import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CentreAlert } from '../../contract';
import { newOpenAlerts } from './alert-order';

/** Two short rising beeps, synthesised: no audio file to load, and unlike the ringing of a call. */
function playAlertTone(): void {
  if (typeof AudioContext === 'undefined') return;
  const context = new AudioContext();
  const gain = context.createGain();
  gain.connect(context.destination);
  [660, 880].forEach((frequency, index) => {
    const start = context.currentTime + index * 0.25;
    const oscillator = context.createOscillator();
    oscillator.frequency.value = frequency;
    oscillator.connect(gain);
    gain.gain.setValueAtTime(0.2, start);
    gain.gain.setValueAtTime(0, start + 0.18);
    oscillator.start(start);
    oscillator.stop(start + 0.2);
  });
  setTimeout(() => void context.close().catch(() => undefined), 800);
}

/**
 * A tone for every alert that opens while the console is up, and a desktop notification while
 * the tab is hidden. The notification says only what kind of alert it is: no caller's data,
 * not even a counsellor's name, leaves the page. Alerts already open when the console loads are
 * on screen and do not sound.
 */
export function useAlertSignals(alerts: readonly CentreAlert[] | null): void {
  const { t } = useTranslation();
  const seen = useRef<Set<string> | null>(null);
  useEffect(() => {
    if (!alerts) return;
    if (!seen.current) {
      seen.current = new Set(alerts.map((alert) => alert.id));
      return;
    }
    const fresh = newOpenAlerts(alerts, seen.current);
    for (const alert of alerts) seen.current.add(alert.id);
    if (fresh.length === 0) return;
    playAlertTone();
    if (!document.hidden || typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
    for (const alert of fresh) {
      const notification = new Notification(t(`supervisor.alerts.kinds.${alert.kind}`), {
        body: t('supervisor.alerts.notificationBody'),
        tag: alert.id,
        requireInteraction: alert.kind === 'imminent-call' || alert.kind === 'help',
      });
      notification.onclick = () => {
        window.focus();
        notification.close();
      };
    }
  }, [alerts, t]);
}

/** Desktop notifications are asked for from a button, never on load (browsers refuse that out of hand). */
export function useNotificationPermission() {
  const supported = typeof Notification !== 'undefined';
  const [permission, setPermission] = useState(() => (supported ? Notification.permission : 'denied'));
  const request = async () => {
    if (supported) setPermission(await Notification.requestPermission());
  };
  return { supported, permission, request };
}
