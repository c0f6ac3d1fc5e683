import { useTranslation } from 'react-i18next';
import { useTransferTargets } from '../../api';
import { Button } from '../../components';
import { isTalking } from '../../telephony';
import { useCallerCall } from './use-caller-call';
import { useTransferActions } from './use-transfer-actions';

/**
 * The large 110 / 120 buttons. One click starts a conference with that service, so the
 * counsellor stays with a caller in danger, and sends the hand-off packet with the call.
 */
export function EmergencyButtons({ size = 'lg' }: { size?: 'md' | 'lg' }) {
  const { t, i18n } = useTranslation();
  const targets = useTransferTargets();
  const { caller, consulted } = useCallerCall();
  const actions = useTransferActions();
  const english = i18n.language.startsWith('en');
  const emergency = (targets.data?.targets ?? []).filter((target) => target.emergency && target.number !== '119');
  const disabled = !caller || !isTalking(caller) || consulted !== undefined;

  return (
    // Side by side, each half the width: both stay in one row in the narrow column under the phone.
    <div className="grid grid-cols-2 gap-2" role="group" aria-label={t('transfer.emergencyGroup')}>
      {emergency.map((target) => (
        <Button
          key={target.id}
          tone="danger"
          size={size}
          disabled={disabled}
          className={size === 'lg' ? '!px-1 !text-base' : undefined}
          onClick={() => caller && void actions.emergency(caller.id, target)}
        >
          {t('transfer.emergencyCall', { name: english ? target.nameEn : target.nameZh, number: target.number })}
        </Button>
      ))}
    </div>
  );
}
