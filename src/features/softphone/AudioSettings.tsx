import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, SelectField } from '../../components';
import { useTelephony, useTelephonyState, type AudioDevice } from '../../telephony';
import { useAudioPreferences } from './audio-preferences';
import { Ringtone } from './ringtone';

function useNotificationPermission() {
  const supported = typeof Notification !== 'undefined';
  // Lazily: reading Notification.permission costs about 10 ms in Chromium, and this panel
  // re-renders with every change of a call (bench/call-setup).
  const [permission, setPermission] = useState(() => (supported ? Notification.permission : 'denied'));
  const request = async () => {
    if (!supported) return;
    setPermission(await Notification.requestPermission());
  };
  return { supported, permission, request };
}

export function AudioSettings() {
  const { t } = useTranslation();
  const telephony = useTelephony();
  const devices = useTelephonyState((state) => state.devices);
  const preferences = useAudioPreferences();
  const notifications = useNotificationPermission();
  const [testTone] = useState(() => new Ringtone());
  const [testing, setTesting] = useState(false);

  useEffect(() => () => testTone.stop(), [testTone]);

  const options = (list: AudioDevice[]) => [
    { value: '', label: t('devices.systemDefault') },
    ...list.map((device, index) => ({ value: device.deviceId, label: device.label || t('devices.unnamed', { index: index + 1 }) })),
  ];

  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="mb-1 text-sm font-semibold text-slate-700">{t('devices.title')}</legend>
      <SelectField
        label={t('devices.microphone')}
        options={options(devices.microphones)}
        value={preferences.microphoneId ?? ''}
        onChange={(event) => {
          preferences.setMicrophone(event.target.value);
          telephony.selectMicrophone(event.target.value);
        }}
      />
      <SelectField
        label={t('devices.speaker')}
        options={options(devices.speakers)}
        value={preferences.speakerId ?? ''}
        onChange={(event) => {
          preferences.setSpeaker(event.target.value);
          void telephony.selectSpeaker(event.target.value);
        }}
      />
      <div className="flex items-end gap-2">
        <SelectField
          className="flex-1"
          label={t('devices.ringtone')}
          options={options(devices.speakers)}
          value={preferences.ringtoneId ?? ''}
          onChange={(event) => preferences.setRingtone(event.target.value)}
        />
        <Button
          tone="secondary"
          aria-pressed={testing}
          onClick={() => {
            if (testing) testTone.stop();
            else void testTone.start(preferences.ringtoneId);
            setTesting(!testing);
          }}
        >
          {testing ? t('devices.stopTest') : t('devices.testRingtone')}
        </Button>
      </div>
      {notifications.supported && notifications.permission !== 'granted' && (
        <div className="flex flex-col gap-1 text-sm text-amber-900">
          <p>{t('devices.notificationsOff')}</p>
          {notifications.permission === 'default' && (
            <Button tone="secondary" onClick={() => void notifications.request()}>
              {t('devices.enableNotifications')}
            </Button>
          )}
        </div>
      )}
    </fieldset>
  );
}
