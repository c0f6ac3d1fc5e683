import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Kbd } from '../../components';
import { maskNumber } from '../../contract';
import { formatDuration } from '../../lib/time';
import { isTalking, useTelephony, type CallSnapshot } from '../../telephony';
import { Keypad } from './Keypad';
import { QualityIndicator } from './QualityIndicator';
import { callShortcuts } from './shortcuts';
import { useLineLabel } from './use-line-label';
import { useNow } from '../../lib/use-now';

/**
 * One connected (or connecting) call: who, on which line, for how long, and every control a
 * counsellor needs while talking. Both the workstation and the simulator use it.
 */
export function CallPanel({ call, showNumber = 'masked' }: { call: CallSnapshot; showNumber?: 'masked' | 'full' }) {
  const { t } = useTranslation();
  const telephony = useTelephony();
  const [keypadOpen, setKeypadOpen] = useState(false);
  const line = useLineLabel(call.line);
  const live = isTalking(call);
  const now = useNow(call.answeredAt !== null);
  const number = call.remoteNumber ? (showNumber === 'full' ? call.remoteNumber : maskNumber(call.remoteNumber)) : t('call.hiddenNumber');

  return (
    <div className="flex flex-col gap-3" data-call-phase={call.phase}>
      <div className="flex items-baseline justify-between gap-2">
        <p className="text-base font-semibold text-slate-900">{t(`call.phases.${call.phase}`)}</p>
        {call.answeredAt !== null && (
          <p role="timer" className="font-mono text-2xl tabular-nums text-slate-900" aria-label={t('call.timer')}>
            <time>{formatDuration(now - call.answeredAt)}</time>
          </p>
        )}
      </div>
      <p className="text-sm text-slate-700">
        {call.direction === 'inbound' ? t('call.incomingLine', { line }) : null}
        {call.direction === 'inbound' && <br />}
        {call.direction === 'inbound' ? t('call.callerNumber', { number }) : number}
      </p>
      {call.muted && <Alert tone="warning">{t('call.mutedBanner')}</Alert>}
      {call.remoteHeld && <Alert tone="info">{t('call.remoteHeld')}</Alert>}
      {call.problem && <Alert tone="warning">{t(`call.problems.${call.problem}`)}</Alert>}
      {call.dtmfReceived && (
        <p className="font-mono text-sm text-slate-700" aria-live="polite">
          {t('call.receivedDigits', { digits: call.dtmfReceived })}
        </p>
      )}
      <QualityIndicator quality={call.quality} />
      <div className="grid grid-cols-2 gap-2">
        <Button tone="secondary" disabled={!live} aria-pressed={call.muted} onClick={() => telephony.setMuted(call.id, !call.muted)}>
          {call.muted ? t('call.unmute') : t('call.mute')} <Kbd>{callShortcuts.mute.label}</Kbd>
        </Button>
        <Button tone="secondary" disabled={!live} aria-pressed={call.held} onClick={() => void telephony.setHeld(call.id, !call.held)}>
          {call.held ? t('call.resume') : t('call.hold')} <Kbd>{callShortcuts.hold.label}</Kbd>
        </Button>
        <Button tone="secondary" disabled={!live} aria-expanded={keypadOpen} onClick={() => setKeypadOpen((open) => !open)}>
          {keypadOpen ? t('call.hideKeypad') : t('call.keypad')}
        </Button>
        <Button tone="danger" onClick={() => void telephony.hangUp(call.id)}>
          {t('call.hangUp')} <Kbd>{callShortcuts['hang-up'].label}</Kbd>
        </Button>
      </div>
      {keypadOpen && live && <Keypad callId={call.id} />}
    </div>
  );
}
