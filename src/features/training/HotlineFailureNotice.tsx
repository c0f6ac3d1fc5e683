import { useTranslation } from 'react-i18next';
import { Alert } from '../../components';
import { EndedCallNotice } from '../softphone';
import type { CallSnapshot } from '../../telephony';
import { hotlineFailure } from './simulated-caller';

/**
 * How a simulated caller's call ended. When the hotline turned it away, the trainer is told why
 * (nobody on duty, every counsellor busy …) and what the PBX answered, rather than just "busy".
 */
export function HotlineFailureNotice({ call }: { call: CallSnapshot }) {
  const { t } = useTranslation();
  const status = call.rejectedWith;
  const failure = call.line && call.answeredAt === null && status !== null ? hotlineFailure(status) : null;
  if (!failure || status === null) return <EndedCallNotice call={call} />;
  return (
    <Alert tone="warning">
      <strong className="block">{t(`simulator.failure.${failure}.title`)}</strong>
      {t(`simulator.failure.${failure}.detail`)}
      <span className="mt-1 block text-xs">{t('simulator.failure.sipStatus', { status })}</span>
    </Alert>
  );
}
