import { useTranslation } from 'react-i18next';
import { Region } from '../../components';
import { FollowUpList } from './FollowUpList';

/** The centre's follow-ups as a region of the supervisor's console, each one reassignable. */
export function FollowUpPanel({ className }: { className?: string }) {
  const { t } = useTranslation();
  return (
    <Region title={t('followUps.title')} className={className}>
      <FollowUpList heading={false} reassignable />
    </Region>
  );
}
