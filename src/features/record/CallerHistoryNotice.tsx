import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatBeijingDate } from '../../lib/time';
import type { CallSnapshot } from '../../telephony';
import { callerHistoryQuery } from './caller-history';

/**
 * Repeat-caller and nuisance flags, shown while the phone rings. A listed number is said first and
 * plainly: the counsellor still answers, forewarned, since a nuisance caller may also be in need.
 */
export function CallerHistoryNotice({ call }: { call: Pick<CallSnapshot, 'id' | 'sipCallId' | 'remoteNumber'> }) {
  const { t, i18n } = useTranslation();
  const history = useQuery({ ...callerHistoryQuery(call), enabled: call.remoteNumber !== '' });
  if (!call.remoteNumber) return null;
  if (history.isPending) return <p className="text-sm text-slate-500">{t('record.history.looking')}</p>;
  if (history.isError) return <p className="text-sm text-slate-500">{t('record.history.unavailable')}</p>;
  const { previousContacts, lastContactAt, lastRiskLevel, nuisanceCalls, nuisanceListed } = history.data;
  return (
    <div className="flex flex-col gap-1 text-sm" data-testid="caller-history">
      {nuisanceListed && <p className="rounded bg-amber-100 px-2 py-1 font-medium text-amber-900">{t('record.history.nuisanceListed')}</p>}
      {previousContacts === 0 ? (
        <p className="text-slate-700">{t('record.history.firstContact')}</p>
      ) : (
        <p className="font-medium text-slate-900">
          {t('record.history.repeat', { count: previousContacts })}
          {lastContactAt && ` · ${t('record.history.last', { date: formatBeijingDate(lastContactAt, i18n.language) })}`}
          {lastRiskLevel && ` · ${t('record.history.lastRisk', { level: t(`risk.levels.${lastRiskLevel}`) })}`}
        </p>
      )}
      {nuisanceCalls > 0 && <p className="rounded bg-amber-100 px-2 py-1 text-amber-900">{t('record.history.nuisanceCalls', { count: nuisanceCalls })}</p>}
    </div>
  );
}
