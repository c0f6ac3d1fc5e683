import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { revealCallerNumber } from '../../api';
import { Button, apiErrorMessage } from '../../components';
import { useTelephony } from '../../telephony';

/**
 * Calls the caller of a record back after their call dropped. The whole number is revealed by
 * the API only for this (the read is audited) and goes straight to the phone, never on screen.
 */
export function CallBackButton({ recordId, disabled }: { recordId: string; disabled: boolean }) {
  const { t } = useTranslation();
  const telephony = useTelephony();
  const callBack = useMutation({
    mutationFn: async () => {
      const { callerNumber } = await revealCallerNumber(recordId);
      if (!callerNumber) throw new Error('withheld');
      await telephony.dial(callerNumber);
    },
  });
  return (
    <span className="flex items-center gap-2">
      <Button tone="secondary" className="whitespace-nowrap" disabled={disabled || callBack.isPending} onClick={() => callBack.mutate()}>
        {t('record.callBack')}
      </Button>
      {callBack.isError && (
        <span role="alert" className="text-xs text-red-700">
          {callBack.error.message === 'withheld' ? t('record.callBackWithheld') : apiErrorMessage(t, callBack.error)}
        </span>
      )}
    </span>
  );
}
