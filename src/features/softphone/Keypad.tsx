import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTelephony } from '../../telephony';

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'];

/** DTMF for IVRs and for the other side's menu (a hospital switchboard, a transfer target). */
export function Keypad({ callId }: { callId: string }) {
  const { t } = useTranslation();
  const telephony = useTelephony();
  const [sent, setSent] = useState('');

  return (
    <div className="flex flex-col gap-2">
      <div className="grid grid-cols-3 gap-1" role="group" aria-label={t('call.keypad')}>
        {KEYS.map((key) => (
          <button
            key={key}
            type="button"
            className="rounded-md bg-slate-100 py-2 text-lg font-medium text-slate-800 hover:bg-slate-200 focus-visible:outline-2 focus-visible:outline-teal-700"
            onClick={() => {
              setSent((previous) => (previous + key).slice(-20));
              void telephony.sendDtmf(callId, key);
            }}
          >
            {key}
          </button>
        ))}
      </div>
      {sent && (
        <p className="font-mono text-sm text-slate-600" aria-live="polite">
          {t('call.sentDigits', { digits: sent })}
        </p>
      )}
    </div>
  );
}
