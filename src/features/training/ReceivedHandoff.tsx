import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError, handoffQuery } from '../../api';

/** What a 110 / 120 dispatcher receives with a counsellor's emergency hand-off. */
export function ReceivedHandoff({ handoff }: { handoff: { id: string; token: string } }) {
  const { t } = useTranslation();
  const packet = useQuery(handoffQuery(handoff));
  if (packet.isPending) return <p className="text-sm text-slate-500">{t('handoff.loading')}</p>;
  if (packet.isError) {
    const expired = packet.error instanceof ApiError && packet.error.code === 'expired';
    return <p className="text-sm text-amber-800">{expired ? t('errors.expired') : t('handoff.unavailable')}</p>;
  }
  const view = packet.data;
  const rows: Array<[string, string, string]> = [
    ['location', t('handoff.location'), view.location],
    ['callbackNumber', t('handoff.callbackNumber'), view.callbackNumber],
    ['risk', t('handoff.risk'), t(`risk.levels.${view.riskLevel}`)],
    ['means', t('handoff.means'), view.means],
    ['timeTaken', t('handoff.timeTaken'), view.timeTaken],
    ['callerState', t('handoff.callerState'), view.callerState],
    ['othersPresent', t('handoff.othersPresent'), t(`imminent.others.${view.othersPresent}`)],
  ];
  return (
    <section aria-label={t('handoff.received')} className="rounded-md bg-red-50 p-3 ring-1 ring-red-300">
      <h3 className="text-sm font-semibold text-red-900">{t('handoff.received')}</h3>
      <p className="mb-2 text-xs text-slate-600">
        {t('handoff.from', { counsellor: view.counsellorName, centre: view.centreAreaCode ?? '—' })}
      </p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        {rows.map(([key, label, value]) => (
          <div key={key} className="contents">
            <dt className="text-slate-600">{label}</dt>
            <dd className="font-medium text-slate-900" data-handoff={key}>
              {value || t('handoff.notYet')}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
