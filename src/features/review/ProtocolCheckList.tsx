import { useTranslation } from 'react-i18next';
import type { ProtocolCheckId } from '../../contract/protocol-check';
import type { ReviewListRow } from '../../contract/review';

/** The record's protocol check as the API ran it: each applicable step done ✓ or missed ⚠. */
export function ProtocolCheckList({ results }: { results: ReviewListRow['protocolChecks'] }) {
  const { t } = useTranslation();
  if (results.length === 0) return <p className="text-sm text-slate-500">{t('review.protocol.none')}</p>;
  return (
    <ul className="flex flex-col gap-1 text-sm" aria-label={t('review.protocol.title')}>
      {results.map(({ check, met }) => (
        <li key={check} className={`flex gap-2 rounded px-2 py-1 ${met ? 'text-slate-800' : 'bg-amber-50 text-amber-950'}`}>
          <span aria-hidden="true">{met ? '✓' : '⚠'}</span>
          <span className="flex-1">{t(`review.protocol.checks.${check as ProtocolCheckId}`)}</span>
          <span className="font-medium">{met ? t('review.protocol.met') : t('review.protocol.missed')}</span>
        </li>
      ))}
    </ul>
  );
}
