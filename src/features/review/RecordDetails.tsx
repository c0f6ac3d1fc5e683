import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactRecord, ScreenerAnswers, TriState } from '../../contract';
import { formatBeijingDate, formatBeijingDateTime, formatDuration } from '../../lib/time';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="flex flex-col gap-1">
      <h4 className="text-sm font-semibold text-slate-700">{title}</h4>
      {children}
    </section>
  );
}

/** Free text as typed, never as markup, or a plain "(empty)", or why it is gone. */
function Text({ value, removed }: { value: string; removed: boolean }) {
  const { t } = useTranslation();
  const empty = removed ? t('review.record.removedText') : t('review.record.emptyText');
  return <p className="whitespace-pre-wrap text-sm text-slate-800">{value.trim() === '' ? empty : value}</p>;
}

/**
 * What the counsellor recorded, read-only: problems, the C-SSRS answers, imminent danger (the
 * call-back number only as recorded or not: the reviewer does not need it), safety and outcome,
 * the summary, the notes on the call clock, the supervision log, the transfer log and the
 * emergency hand-off.
 */
export function RecordDetails({ record }: { record: ContactRecord }) {
  const { t, i18n } = useTranslation();
  const time = (at: string) => formatBeijingDateTime(at, i18n.language);
  const { intake } = record;
  const handoff = intake.safety.emergencyHandoff;
  const removed = record.personalDataRemovedAt !== undefined;

  return (
    <div className="flex flex-col gap-3">
      {record.personalDataRemovedAt && (
        <p role="note" className="rounded border border-slate-300 bg-slate-50 p-2 text-sm text-slate-800">
          {t('review.record.personalDataRemoved', { date: formatBeijingDate(record.personalDataRemovedAt, i18n.language) })}
        </p>
      )}
      <Section title={t('review.record.problems')}>
        <p className="text-sm text-slate-800">
          {intake.problems.length === 0
            ? t('review.record.noProblems')
            : intake.problems
                .map((problem) =>
                  problem.detail
                    ? `${t(`intake.problems.${problem.category}.label`)} · ${t(`intake.problems.${problem.category}.${problem.detail}` as 'intake.problems.mood.low-mood')}`
                    : t(`intake.problems.${problem.category}.label`),
                )
                .join('；')}
        </p>
      </Section>
      <Section title={t('review.record.screener')}>
        <ul className="flex flex-col gap-0.5 text-sm">
          {(Object.entries(intake.screener) as Array<[keyof ScreenerAnswers, TriState]>).map(([item, answer]) => (
            <li key={item} className="flex justify-between gap-3">
              <span className="text-slate-700">{t(`risk.questions.${item}`)}</span>
              <span className="font-medium text-slate-900">{t(`risk.answers.${answer}`)}</span>
            </li>
          ))}
        </ul>
      </Section>
      {(intake.imminent.location !== '' || record.riskLevel === 'imminent') && (
        <Section title={t('review.record.imminent')}>
          <p className="text-sm text-slate-800">{t('review.record.location', { location: intake.imminent.location || (removed ? t('review.record.removedText') : t('review.record.emptyText')) })}</p>
          <p className="text-sm text-slate-800">
            {intake.imminent.callbackNumber ? t('review.record.callbackKnown') : t('review.record.callbackMissing')}
          </p>
        </Section>
      )}
      <Section title={t('review.record.safety')}>
        <ul className="flex flex-col gap-0.5 text-sm text-slate-800">
          {intake.safety.safetyPlan && <li>{t('review.record.safetyPlan', { note: intake.safety.safetyPlanNote })}</li>}
          {intake.safety.noActionReason && <li>{t('review.record.noActionReason', { reason: intake.safety.noActionReason })}</li>}
          {handoff && (
            <li>
              {t('review.record.handoff', {
                service: t(`imminent.services.${handoff.service}`),
                time: time(handoff.at),
                outcome: t(`imminent.outcomes.${handoff.outcome}`),
              })}
              {handoff.note && ` ${t('review.record.handoffNote', { note: handoff.note })}`}
            </li>
          )}
          <li>
            {intake.followUp.needed
              ? t('review.record.followUp', { date: intake.followUp.date, by: intake.followUp.by })
              : t('review.record.noFollowUp')}
          </li>
          {intake.outcome && <li>{t('review.record.outcome', { outcome: t(`outcome.outcomes.${intake.outcome}`) })}</li>}
        </ul>
      </Section>
      <Section title={t('review.record.summary')}>
        <Text value={intake.summary} removed={removed} />
      </Section>
      <Section title={t('review.record.notes')}>
        {record.notes.length === 0 ? (
          <p className="text-sm text-slate-500">{removed ? t('review.record.removedText') : t('review.record.noNotes')}</p>
        ) : (
          <ol className="flex flex-col gap-0.5 text-sm text-slate-800">
            {record.notes.map((note) => (
              <li key={note.id} className="flex gap-2">
                <span className="tabular-nums text-slate-600">{formatDuration(note.atSec * 1000)}</span>
                {note.text}
              </li>
            ))}
          </ol>
        )}
      </Section>
      <Section title={t('review.record.supervisionLog')}>
        {record.supervisionLog.length === 0 ? (
          <p className="text-sm text-slate-500">{t('review.record.noSupervision')}</p>
        ) : (
          <ol className="flex flex-col gap-0.5 text-sm text-slate-800">
            {record.supervisionLog.map((entry) => (
              <li key={`${entry.at}-${entry.change}`}>
                {t(`review.record.supervision.${entry.change}`, {
                  time: time(entry.at),
                  name: entry.supervisorName ?? '',
                  mode: entry.mode ? t(`supervisor.supervise.modes.${entry.mode}`) : '',
                  reason: entry.endReason ? t(`review.record.endReasons.${entry.endReason}`) : '',
                })}
              </li>
            ))}
          </ol>
        )}
      </Section>
      <Section title={t('review.record.transfers')}>
        {record.transfers.length === 0 ? (
          <p className="text-sm text-slate-500">{t('review.record.noTransfers')}</p>
        ) : (
          <ol className="flex flex-col gap-0.5 text-sm text-slate-800">
            {record.transfers.map((entry) => (
              <li key={entry.id}>
                {t('review.record.transferEntry', { time: time(entry.startedAt), kind: t(`transfer.${entry.kind}`), target: entry.targetName })}
              </li>
            ))}
          </ol>
        )}
      </Section>
    </div>
  );
}
