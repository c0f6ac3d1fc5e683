import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button } from '../../components';
import { inWrapUp, useTelephony, type CallSnapshot } from '../../telephony';

/**
 * After hang-up: why the call ended, and for a caller's call the wrap-up step before the next ring.
 * `wrapUp` is the workstation's way out of wrap-up (it knows the call's record); a phone without
 * records just ends wrap-up.
 */
export function EndedCallNotice({ call, wrapUp }: { call: CallSnapshot; wrapUp?: ReactNode }) {
  const { t } = useTranslation();
  const telephony = useTelephony();
  const reason = call.endReason ? t(`call.ended.${call.endReason}`) : t('call.phases.ended');

  if (!inWrapUp(call)) {
    return <Alert tone={call.endReason === 'failed' ? 'error' : 'info'}>{reason}</Alert>;
  }
  return (
    <div className="flex flex-col gap-2" data-call-phase={call.phase}>
      {wrapUp ? (
        <>
          <p className="text-sm font-semibold text-slate-800">{reason}</p>
          {wrapUp}
        </>
      ) : (
        <>
          <Alert tone="info">
            <strong className="block">{reason}</strong>
            {t('call.wrapUpHint')}
          </Alert>
          <Button onClick={() => telephony.finishWrapUp(call.id)}>{t('call.finishWrapUp')}</Button>
        </>
      )}
    </div>
  );
}
