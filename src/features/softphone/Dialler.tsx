import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, TextField } from '../../components';
import { DialString } from '../../contract';
import { useTelephony } from '../../telephony';

/**
 * Calling out: above all to call back a caller whose call dropped mid-crisis. One field, so no
 * form library: the counsellor screen loads before anything it does not need at once.
 */
export function Dialler({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation();
  const telephony = useTelephony();
  const [number, setNumber] = useState('');
  const [invalid, setInvalid] = useState(false);

  return (
    <form
      noValidate
      className="flex flex-col gap-2"
      aria-label={t('dialler.title')}
      onSubmit={(event) => {
        event.preventDefault();
        const digits = number.replace(/[\s-]/g, '');
        if (!DialString.safeParse(digits).success) {
          setInvalid(true);
          return;
        }
        setInvalid(false);
        setNumber('');
        void telephony.dial(digits);
      }}
    >
      <div className="flex items-end gap-2">
        <TextField
          className="flex-1"
          label={t('dialler.number')}
          inputMode="tel"
          autoComplete="off"
          value={number}
          hint={disabled ? t('dialler.busySeat') : t('dialler.hint')}
          error={invalid ? t('dialler.invalid') : undefined}
          disabled={disabled}
          onChange={(event) => setNumber(event.target.value)}
        />
        <Button type="submit" disabled={disabled} className="mb-[1.35rem]">
          {t('dialler.call')}
        </Button>
      </div>
    </form>
  );
}
