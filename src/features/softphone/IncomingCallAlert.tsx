import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Kbd } from '../../components';
import { maskNumber } from '../../contract';
import { useTelephony, type CallSnapshot } from '../../telephony';
import { answerCall, useAnswering } from './answering';
import { declineOrArm, disarmDecline, useDeclineArmed } from './declining';
import { isTextEntry } from './focus';
import { callShortcuts } from './shortcuts';
import { useLineLabel } from './use-line-label';

/** Decline, small and apart from answer, and only after a second, confirming step. */
function DeclineControl({ call, disabled }: { call: CallSnapshot; disabled: boolean }) {
  const { t } = useTranslation();
  const telephony = useTelephony();
  const armed = useDeclineArmed((state) => state.callId === call.id);
  const [clicked, setClicked] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  const start = useRef<HTMLButtonElement>(null);

  // Focus follows a click or key press on these buttons only (the button it was on goes away);
  // Alt+H pressed while typing in the form arms the step without taking the cursor.
  useEffect(() => {
    if (!clicked) return;
    (armed ? cancel : start).current?.focus();
  }, [armed, clicked]);
  useEffect(() => () => disarmDecline(), []);

  if (!armed) {
    return (
      <Button
        ref={start}
        tone="secondary"
        disabled={disabled}
        onClick={() => {
          setClicked(true);
          declineOrArm(telephony, call.id);
        }}
      >
        {t('call.declineStart')} <Kbd>{callShortcuts['hang-up'].label}</Kbd>
      </Button>
    );
  }
  return (
    <div role="group" aria-label={t('call.declineConfirmQuestion')} className="flex flex-wrap items-center gap-2">
      <span className="text-sm font-medium text-red-900">{t('call.declineConfirmQuestion')}</span>
      <Button
        ref={cancel}
        tone="secondary"
        onClick={() => {
          setClicked(true);
          disarmDecline();
        }}
      >
        {t('call.declineCancel')}
      </Button>
      <Button tone="danger" disabled={disabled} onClick={() => declineOrArm(telephony, call.id)}>
        {t('call.declineConfirm')} <Kbd>{callShortcuts['hang-up'].label}</Kbd>
      </Button>
    </div>
  );
}

const layouts = {
  // Across the top of the workstation, above the three columns: seen wherever the counsellor
  // is looking, and it pushes the record down rather than covering it.
  band: {
    box: 'flex flex-wrap items-center gap-x-6 gap-y-3 rounded-lg bg-amber-50 px-5 py-3 shadow-md ring-4 ring-amber-500 motion-safe:animate-attention',
    answer: 'min-w-48',
    // Wide enough for the confirming step too, so answer stays where it was when it opens.
    decline: 'flex min-w-96 justify-end border-l border-amber-300 pl-6',
  },
  // The simulator's phone column.
  card: {
    box: 'flex flex-col gap-3 rounded-lg bg-amber-50 p-4 ring-4 ring-amber-500 motion-safe:animate-attention',
    answer: 'w-full',
    decline: 'mt-3 border-t border-amber-300 pt-3',
  },
};

/**
 * A ringing call. It takes attention (colour, size, a pulsing mark, the ring) without taking the
 * keyboard: focus goes to the answer button only when the counsellor is not typing somewhere.
 */
export function IncomingCallAlert({
  call,
  children,
  variant = 'card',
}: {
  call: CallSnapshot;
  children?: ReactNode;
  variant?: keyof typeof layouts;
}) {
  const { t } = useTranslation();
  const telephony = useTelephony();
  const line = useLineLabel(call.line);
  const answerButton = useRef<HTMLButtonElement>(null);
  const answering = useAnswering((state) => state.callId === call.id);
  const layout = layouts[variant];

  useEffect(() => {
    if (!isTextEntry(document.activeElement)) answerButton.current?.focus();
  }, []);

  return (
    <div
      role="alertdialog"
      aria-labelledby={`incoming-${call.id}-title`}
      aria-describedby={`incoming-${call.id}-line`}
      data-incoming-call={variant}
      className={layout.box}
    >
      <div className="flex min-w-0 flex-1 items-start gap-3">
        <span aria-hidden="true" className="relative mt-2 flex size-3 shrink-0">
          <span className="absolute inline-flex size-full rounded-full bg-amber-500 motion-safe:animate-ping" />
          <span className="relative inline-flex size-3 rounded-full bg-amber-600" />
        </span>
        <div className="flex min-w-0 flex-col gap-1">
          <h2 id={`incoming-${call.id}-title`} className="text-xl font-bold text-amber-950">
            {t(call.training ? 'mockCall.incomingTitle' : 'call.incomingTitle')}
          </h2>
          <p id={`incoming-${call.id}-line`} className="text-lg font-semibold text-amber-950">
            {t('call.incomingLine', { line })}
          </p>
          <p className="text-sm text-slate-800">
            {call.remoteNumber ? t('call.callerNumber', { number: maskNumber(call.remoteNumber) }) : t('call.hiddenNumber')}
          </p>
          {children}
        </div>
      </div>
      <Button
        ref={answerButton}
        tone="success"
        size="lg"
        className={layout.answer}
        disabled={answering}
        onClick={() => answerCall(telephony, call.id)}
      >
        {t('call.answer')} <Kbd>{callShortcuts.answer.label}</Kbd>
      </Button>
      <div className={layout.decline}>
        <DeclineControl call={call} disabled={answering} />
      </div>
    </div>
  );
}
