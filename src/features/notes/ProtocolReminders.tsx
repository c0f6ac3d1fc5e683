import { useTranslation } from 'react-i18next';
import { protocolMisses, type ProtocolFacts } from '../../contract/protocol-check';

/**
 * The protocol steps the record does not show, as warnings before completion: they do not stop it
 * (the supervisor sees them in review). Misses that completion itself refuses are left out: the
 * completion problems beside this list already name them. It lives with the note pad because the
 * check reads the pad's risk-word lexicon: in one lazy chunk with it, neither reaches the first
 * screen's (shared by two chunks, the bundler hoists both into it).
 */
export function ProtocolReminders(facts: ProtocolFacts) {
  const { t } = useTranslation();
  const warnings = protocolMisses(facts).filter((miss) => !miss.blocksCompletion);
  if (warnings.length === 0) return null;
  return (
    <section aria-label={t('protocol.title')} className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950 ring-1 ring-amber-300">
      <strong className="block">{t('protocol.title')}</strong>
      <p className="text-xs">{t('protocol.explain')}</p>
      <ul className="list-disc pl-5">
        {warnings.map((miss) => (
          <li key={miss.check}>{t(`protocol.checks.${miss.check}`)}</li>
        ))}
      </ul>
    </section>
  );
}
