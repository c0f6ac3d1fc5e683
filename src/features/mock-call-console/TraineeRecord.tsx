import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Region, riskLevelTone } from '../../components';
import { screenerItems, type ContactRecord } from '../../contract';
import { intakeRiskLevel } from '../../contract/completion';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[auto_1fr] gap-2">
      <dt className="text-slate-600">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function RiskLevelBadge({ record }: { record: ContactRecord }) {
  const { t } = useTranslation();
  const level = intakeRiskLevel(record.intake);
  return <span className={`rounded px-2 py-0.5 font-semibold ${riskLevelTone[level]}`}>{t(`risk.levels.${level}`)}</span>;
}

function Actions({ record }: { record: ContactRecord }) {
  const { t } = useTranslation();
  const { safety, followUp } = record.intake;
  const items = [
    ...record.transfers.map((entry) =>
      t('trainingConsole.record.transfer', {
        target: entry.targetName ? `${entry.targetName} ${entry.targetNumber}` : entry.targetNumber,
        outcome: t(`trainingConsole.record.transferOutcomes.${entry.outcome}`),
      }),
    ),
    safety.emergencyHandoff &&
      `${t('trainingConsole.record.handoff', { service: t(`imminent.services.${safety.emergencyHandoff.service}`) })} · ${t(`imminent.outcomes.${safety.emergencyHandoff.outcome}`)}`,
    safety.safetyPlan && t('trainingConsole.record.safetyPlan'),
    followUp.needed && t('trainingConsole.record.followUp'),
  ].filter((item): item is string => Boolean(item));
  if (items.length === 0) return <p className="text-slate-500">{t('trainingConsole.record.noActions')}</p>;
  return (
    <ul className="list-disc pl-5">
      {items.map((item, index) => (
        <li key={index}>{item}</li>
      ))}
    </ul>
  );
}

/**
 * The trainee's training record as last saved, for the trainer to follow while playing the
 * caller: the risk level it adds up to, the screener's answers, where the caller is and how to
 * call back, what was done, and the notes.
 */
export function TraineeRecord({ record, stale }: { record: ContactRecord | null; stale: boolean }) {
  const { t } = useTranslation();
  const empty = <span className="text-slate-500">{t('trainingConsole.record.empty')}</span>;
  return (
    <Region title={t('trainingConsole.record.title')} className="min-h-0">
      {stale && <p className="mb-2 text-xs text-amber-800">{t('trainingConsole.record.stale')}</p>}
      {!record ? (
        <p className="text-sm text-slate-500">{t('trainingConsole.record.none')}</p>
      ) : (
        <div className="flex flex-col gap-3 text-sm">
          <dl className="flex flex-col gap-1">
            <Row label={t('trainingConsole.record.risk')}>
              <RiskLevelBadge record={record} />
            </Row>
            <Row label={t('trainingConsole.record.location')}>{record.intake.imminent.location || empty}</Row>
            <Row label={t('trainingConsole.record.callBack')}>{record.intake.imminent.callbackNumber || empty}</Row>
          </dl>
          <section>
            <h3 className="font-semibold">{t('trainingConsole.record.screener')}</h3>
            <ol className="grid grid-cols-1 gap-0.5">
              {screenerItems.map((item, index) => (
                <li key={item} className="flex gap-2">
                  <span className="shrink-0 text-slate-600">{t('trainingConsole.record.screenerItem', { number: index + 1 })}</span>
                  <span className="min-w-0 flex-1">{t(`risk.questions.${item}`)}</span>
                  <span className="font-semibold">{t(`risk.answers.${record.intake.screener[item]}`)}</span>
                </li>
              ))}
            </ol>
          </section>
          <section>
            <h3 className="font-semibold">{t('trainingConsole.record.actions')}</h3>
            <Actions record={record} />
          </section>
          <section>
            <h3 className="font-semibold">{t('trainingConsole.record.notes')}</h3>
            {record.notes.length === 0 ? (
              <p className="text-slate-500">{t('trainingConsole.record.noNotes')}</p>
            ) : (
              <ul className="flex flex-col gap-1">
                {record.notes.map((note) => (
                  <li key={note.id}>
                    <span className="mr-3 text-slate-500 tabular-nums">
                      {String(Math.floor(note.atSec / 60)).padStart(2, '0')}:{String(note.atSec % 60).padStart(2, '0')}
                    </span>
                    {note.text}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      )}
    </Region>
  );
}
