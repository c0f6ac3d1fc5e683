import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TelephonyProvider, type Telephony } from '../telephony';

export type TelephonyFactory = () => Promise<Telephony>;

/**
 * One phone per signed-in page, created on demand so sip.js is only downloaded by screens that
 * place or take calls.
 */
export function PhoneHost({ createTelephony, children }: { createTelephony: TelephonyFactory; children: ReactNode }) {
  const { t } = useTranslation();
  const [telephony, setTelephony] = useState<Telephony | null>(null);

  useEffect(() => {
    let current: Telephony | null = null;
    let cancelled = false;
    void createTelephony().then((created) => {
      if (cancelled) return;
      current = created;
      setTelephony(created);
    });
    return () => {
      cancelled = true;
      void current?.disconnect();
    };
  }, [createTelephony]);

  if (!telephony) return <p className="p-4 text-sm text-slate-500">{t('app.loading')}</p>;
  return <TelephonyProvider telephony={telephony}>{children}</TelephonyProvider>;
}
