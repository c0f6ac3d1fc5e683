import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, issueSipCredentials, useLines, useSipConfig } from '../../api';
import { DialString } from '../../contract';
import { Alert, Button, Checkbox, SelectField, TextField, apiErrorMessage } from '../../components';
import { isFinished, isInProgress, isOffered, seatBusy, useTelephony, useTelephonyState } from '../../telephony';
import { CallPanel, IncomingCallAlert, RegistrationStatus } from '../softphone';
import { HotlineFailureNotice } from './HotlineFailureNotice';
import { QueueStatus } from './QueueStatus';
import { ReceivedHandoff } from './ReceivedHandoff';
import { hotlineNumber, randomCallerNumber, simulatedServices, type SimulatedService } from './simulated-caller';

type Mode = 'caller' | 'service';

function CallerControls() {
  const { t, i18n } = useTranslation();
  const telephony = useTelephony();
  const config = useSipConfig();
  const lines = useLines();
  const registration = useTelephonyState((state) => state.registration);
  const busy = useTelephonyState((state) => seatBusy(state.calls));
  const [callerNumber, setCallerNumber] = useState(() => randomCallerNumber());
  const [areaCode, setAreaCode] = useState('');

  const connect = useCallback(() => {
    if (config.data) void telephony.connect({ ...config.data });
  }, [config.data, telephony]);

  useEffect(() => {
    connect();
    return () => void telephony.disconnect();
  }, [connect, telephony]);

  const english = i18n.language.startsWith('en');
  const target = hotlineNumber(areaCode || null);
  const numberValid = DialString.safeParse(callerNumber).success;

  return (
    <div className="flex flex-col gap-3">
      <RegistrationStatus credentialsError={null} onReconnect={connect} />
      {config.isError && <Alert tone="error">{apiErrorMessage(t, config.error)}</Alert>}
      <TextField
        label={t('simulator.callerNumber')}
        value={callerNumber}
        inputMode="tel"
        error={numberValid ? undefined : t('dialler.invalid')}
        onChange={(event) => setCallerNumber(event.target.value.trim())}
      />
      <SelectField
        label={t('simulator.areaCode')}
        value={areaCode}
        onChange={(event) => setAreaCode(event.target.value)}
        options={[
          { value: '', label: t('simulator.noAreaCode') },
          ...(lines.data?.centres ?? []).map((centre) => ({
            value: centre.areaCode,
            label: `${centre.areaCode} ${english ? centre.cityEn : centre.cityZh}`,
          })),
        ]}
      />
      <Button
        size="lg"
        disabled={busy || !numberValid || registration.status !== 'registered'}
        onClick={() => void telephony.dial(target, { fromNumber: callerNumber })}
      >
        {t('simulator.dial', { number: target })}
      </Button>
    </div>
  );
}

function ServiceControls() {
  const { t } = useTranslation();
  const telephony = useTelephony();
  const [service, setService] = useState<SimulatedService | 'other'>('120');
  const [otherNumber, setOtherNumber] = useState('');
  const [registeredAs, setRegisteredAs] = useState<string | null>(null);
  const [autoAnswer, setAutoAnswer] = useState(false);
  const ringing = useTelephonyState((state) => state.calls.find(isOffered));
  const ringingId = ringing?.id;

  // A pretend dispatcher that picks up at once: scripted scenarios and the transfer benchmark.
  useEffect(() => {
    if (autoAnswer && ringingId) void telephony.answer(ringingId);
  }, [autoAnswer, ringingId, telephony]);
  const [error, setError] = useState<ApiError | null>(null);
  const [tabId] = useState(() => crypto.randomUUID());
  const number = service === 'other' ? otherNumber : service;
  const numberValid = DialString.safeParse(number).success;

  useEffect(() => () => void telephony.disconnect(), [telephony]);

  const register = async () => {
    setError(null);
    try {
      const credentials = await issueSipCredentials({ tabId, asNumber: number });
      await telephony.connect({
        wsUrl: credentials.wsUrl,
        domain: credentials.domain,
        registerExpiresSec: credentials.registerExpiresSec,
        credentials: { username: credentials.username, password: credentials.password, displayName: credentials.displayName },
      });
      setRegisteredAs(number);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError('unexpected', 0));
    }
  };

  if (registeredAs) {
    return (
      <div className="flex flex-col gap-2">
        <RegistrationStatus credentialsError={error} onReconnect={() => void register()} />
        <p className="font-medium">{t('simulator.registeredAs', { number: registeredAs })}</p>
        <Checkbox label={t('simulator.autoAnswer')} checked={autoAnswer} onChange={(event) => setAutoAnswer(event.target.checked)} />
        <Button
          tone="secondary"
          onClick={() => {
            void telephony.disconnect();
            setRegisteredAs(null);
          }}
        >
          {t('simulator.unregister')}
        </Button>
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-3">
      <SelectField
        label={t('simulator.serviceNumber')}
        value={service}
        onChange={(event) => setService(event.target.value as SimulatedService | 'other')}
        options={[
          ...simulatedServices.map((value) => ({ value, label: t(`simulator.services.${value}`) })),
          { value: 'other', label: t('simulator.otherNumber') },
        ]}
      />
      {service === 'other' && (
        <TextField
          label={t('simulator.otherNumber')}
          value={otherNumber}
          inputMode="tel"
          error={otherNumber && !numberValid ? t('dialler.invalid') : undefined}
          onChange={(event) => setOtherNumber(event.target.value.trim())}
        />
      )}
      {error && <Alert tone="error">{apiErrorMessage(t, error)}</Alert>}
      <Button size="lg" disabled={!numberValid} onClick={() => void register()}>
        {t('simulator.register')}
      </Button>
    </div>
  );
}

/**
 * A phone for trainers and tests: a pretend caller dialling the public line, or a pretend
 * receiving service (110, 120, other hotlines) answering what a counsellor transfers.
 */
export function CallerSimulator() {
  const { t } = useTranslation();
  const [mode, setMode] = useState<Mode>('caller');
  const calls = useTelephonyState((state) => state.calls);
  const ringing = calls.find(isOffered);
  const inProgress = calls.filter(isInProgress);
  const finished = calls.filter(isFinished);

  return (
    <div className="mx-auto grid max-w-5xl gap-4 md:grid-cols-2">
      <section className="flex flex-col gap-4 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200" aria-labelledby="simulator-setup">
        <h2 id="simulator-setup" className="text-lg font-semibold">
          {t('simulator.title')}
        </h2>
        <p className="text-sm text-slate-600">{t('simulator.intro')}</p>
        <fieldset className="flex flex-col gap-1">
          <legend className="text-sm font-medium text-slate-700">{t('simulator.mode')}</legend>
          {(['caller', 'service'] as const).map((value) => (
            <label key={value} className="flex items-center gap-2 text-sm">
              <input type="radio" name="mode" value={value} checked={mode === value} onChange={() => setMode(value)} />
              {value === 'caller' ? t('simulator.modeCaller') : t('simulator.modeService')}
            </label>
          ))}
        </fieldset>
        {mode === 'caller' ? <CallerControls /> : <ServiceControls />}
      </section>
      <section className="flex flex-col gap-4 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200" aria-label={t('workstation.regions.softphone')}>
        {ringing && (
          <IncomingCallAlert call={ringing}>{ringing.handoff && <ReceivedHandoff handoff={ringing.handoff} />}</IncomingCallAlert>
        )}
        {inProgress.map((call) => (
          <div key={call.id} className="flex flex-col gap-3">
            <CallPanel call={call} showNumber="full" />
            {call.direction === 'outbound' && call.line && <QueueStatus call={call} />}
            {call.handoff && <ReceivedHandoff handoff={call.handoff} />}
          </div>
        ))}
        {finished.map((call) => (
          <HotlineFailureNotice key={call.id} call={call} />
        ))}
        {calls.length === 0 && <p className="text-sm text-slate-500">{t('call.phases.idle')}</p>}
      </section>
    </div>
  );
}
