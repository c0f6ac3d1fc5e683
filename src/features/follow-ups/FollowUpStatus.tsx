import { useTranslation } from 'react-i18next';
import type { FollowUp } from '../../contract';
import { formatBeijingDateTime } from '../../lib/time';

/** A record's follow-up as its header shows it: due when, or how it ended. */
export function FollowUpStatus({ followUp }: { followUp: FollowUp }) {
  const { t, i18n } = useTranslation();
  if (followUp.outcome === null || followUp.closedAt === null) {
    return <span className="whitespace-nowrap text-xs text-slate-700">{t('followUps.recordOpen', { time: formatBeijingDateTime(followUp.dueAt, i18n.language) })}</span>;
  }
  return (
    <span className="text-xs text-slate-700" title={followUp.outcomeNote || undefined}>
      {t('followUps.recordClosed', {
        outcome: t(`followUps.outcomes.${followUp.outcome}`),
        name: followUp.closedByName ?? '',
        time: formatBeijingDateTime(followUp.closedAt, i18n.language),
      })}
    </span>
  );
}
