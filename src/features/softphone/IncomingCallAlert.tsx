import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Kbd } from '../../components';
import { maskNumber } from '../../contract';
import { useTelephony, type CallSnapshot } from '../../telephony';
import { answerCall, useAnswering } from './answering';
import { callShortcuts } from './shortcuts';
import { useLineLabel } from './use-line-label';

export function IncomingCallAlert({ call, children }: { call: CallSnapshot; children?: ReactNode }) {
  const { t } = useTranslation();
  const telephony = useTelephony();
  const line = useLineLabel(call.line);
  const answerButton = useRef<HTMLButtonElement>(null);
  const answering = useAnswering((state) => state.callId === call.id);

  useEffect(() => {
    answerButton.current?.focus();
  }, []);

  return (
    <div
      role="alertdialog"
      aria-labelledby={`incoming-${call.id}-title`}
      aria-describedby={`incoming-${call.id}-line`}
      className="flex flex-col gap-3 rounded-lg bg-teal-50 p-4 ring-2 ring-teal-600 motion-safe:animate-attention"
    >
      <h3 id={`incoming-${call.id}-title`} className="text-lg font-semibold text-teal-900">
        {t('call.incomingTitle')}
      </h3>
      <p id={`incoming-${call.id}-line`} className="text-base text-teal-900">
        {t('call.incomingLine', { line })}
      </p>
      <p className="text-sm text-slate-700">
        {call.remoteNumber ? t('call.callerNumber', { number: maskNumber(call.remoteNumber) }) : t('call.hiddenNumber')}
      </p>
      {children}
      <div className="grid grid-cols-2 gap-2">
        <Button
          ref={answerButton}
          tone="success"
          size="lg"
          disabled={answering}
          onClick={() => answerCall(telephony, call.id)}
        >
          {t('call.answer')} <Kbd>{callShortcuts.answer.label}</Kbd>
        </Button>
        <Button tone="danger" size="lg" disabled={answering} onClick={() => void telephony.decline(call.id)}>
          {t('call.decline')} <Kbd>{callShortcuts['hang-up'].label}</Kbd>
        </Button>
      </div>
    </div>
  );
}
