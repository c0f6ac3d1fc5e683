import { useTranslation } from 'react-i18next';
import { handoffPacketGaps, intakeRiskLevel, type Intake, type RequiredPacketField } from '../../contract';

/** The hand-off read out to 110 / 120: large, in the order a dispatcher asks for it. */
export function HandoffPacketCard({ intake }: { intake: Intake }) {
  const { t } = useTranslation();
  const { imminent } = intake;
  const riskLevel = intakeRiskLevel(intake);
  // The receiving side cannot act without these: the card says which are still missing.
  const gaps = new Set<string>(handoffPacketGaps({ location: imminent.location, callbackNumber: imminent.callbackNumber, riskLevel }));
  const rows: Array<[string, string, RequiredPacketField?]> = [
    [t('handoff.location'), imminent.location, 'location'],
    [t('handoff.callbackNumber'), imminent.callbackNumber, 'callbackNumber'],
    [t('handoff.risk'), t(`risk.levels.${riskLevel}`), 'riskLevel'],
    [t('handoff.means'), imminent.means],
    [t('handoff.timeTaken'), imminent.timeTaken],
    [t('handoff.callerState'), imminent.callerState],
    [t('handoff.othersPresent'), t(`imminent.others.${imminent.othersPresent}`)],
  ];
  return (
    <section aria-label={t('handoff.title')} className="rounded-md bg-red-50 p-3 ring-1 ring-red-300">
      <h3 className="mb-2 text-sm font-semibold text-red-900">{t('handoff.title')}</h3>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-base">
        {rows.map(([label, value, required]) => (
          <div key={label} className="contents">
            <dt className="text-slate-600">{label}</dt>
            <dd className={`font-medium ${required && gaps.has(required) ? 'text-red-800' : 'text-slate-900'}`} data-handoff-field={label}>
              {value || t('handoff.notYet')}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
