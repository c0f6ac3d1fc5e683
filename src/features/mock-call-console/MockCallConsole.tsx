import { useTranslation } from 'react-i18next';
import { Alert, Button } from '../../components';
import type { MockCallPhone } from '../mock-call-phone';
import { LiveMockCall } from './LiveMockCall';
import { MockCallSetup } from './MockCallSetup';

/** Said only when the console's phone cannot place a mock call or take a practice transfer now. */
function PhoneProblem({ phone }: { phone: MockCallPhone }) {
  const { t } = useTranslation();
  const { status } = phone.registration;
  const problem = phone.credentialsFailed ? 'credentials' : status === 'failed' || status === 'offline' || status === 'taken-over' ? 'offline' : null;
  if (!problem) return null;
  return (
    <Alert tone="warning">
      {t(`trainingConsole.phone.${problem}`)}{' '}
      <Button tone="secondary" className="px-2 py-1" onClick={phone.reconnect}>
        {t('trainingConsole.phone.reconnect')}
      </Button>
    </Alert>
  );
}

function Idle({ phone }: { phone: MockCallPhone }) {
  const { t } = useTranslation();
  const { call } = phone;
  return (
    <>
      {call.stage === 'failed' && (
        <Alert tone="error">
          {t(`trainingConsole.failed.${call.reason}`)}{' '}
          <Button tone="secondary" className="px-2 py-1" onClick={phone.dismiss}>
            {t('trainingConsole.call.backToSetup')}
          </Button>
        </Alert>
      )}
      <MockCallSetup canDial={phone.registration.status === 'registered' && call.stage === 'idle'} onGrant={phone.placeCall} />
    </>
  );
}

/**
 * The trainer's mock-call console: set one up, then run it, one at a time, on the console's
 * phone (the page keeps it for the life of the screen). Once a call the trainee took has ended,
 * `onEnded` opens its rubric.
 */
export function MockCallConsole({ phone, onEnded }: { phone: MockCallPhone; onEnded: (trainingCallId: string) => void }) {
  const { call } = phone;
  const live = call.stage === 'dialling' || call.stage === 'on' || call.stage === 'over';
  return (
    // The phone's state as attributes, for the end-to-end tests (as on the workstation's phone).
    <div className="flex h-full min-h-0 flex-col gap-3" data-registration={phone.registration.status}>
      <PhoneProblem phone={phone} />
      {live ? <LiveMockCall key={call.grant.id} phone={phone} grant={call.grant} onEnded={onEnded} /> : <Idle phone={phone} />}
    </div>
  );
}
