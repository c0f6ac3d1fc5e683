import { useTranslation } from 'react-i18next';
import { Alert } from '../../components';
import { isTrainingCall, useTelephonyState } from '../../telephony';

/**
 * A mock call on the trainee's seat, said plainly from the moment it rings to the end of its
 * wrap-up: not dismissible, so nobody mistakes a trainer for a caller, or a caller for practice.
 */
export function MockCallBanner() {
  const { t } = useTranslation();
  const training = useTelephonyState(
    (state) => state.calls.find((call) => isTrainingCall(call) && call.phase !== 'idle' && call.phase !== 'ended')?.training ?? null,
  );
  if (!training) return null;
  return (
    <Alert tone="warning">
      <strong className="font-semibold">{t('mockCall.banner', { name: training.trainerName })}</strong>
    </Alert>
  );
}
