import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox, Region } from '../../components';
import type { Scenario } from '../../contract/training';

function Expected({ scenario }: { scenario: Scenario }) {
  const { t } = useTranslation();
  const { expected } = scenario;
  const items = [
    t('trainingConsole.script.expectedRisk', { level: t(`risk.levels.${expected.riskLevel}`) }),
    expected.askScreener && t('trainingConsole.script.expectedScreener'),
    expected.location && t('trainingConsole.script.expectedLocation'),
    expected.callBack && t('trainingConsole.script.expectedCallBack'),
    expected.emergencyService && t('trainingConsole.script.expectedHandoff', { service: t(`imminent.services.${expected.emergencyService}`) }),
    expected.referral && t('trainingConsole.script.expectedReferral'),
    expected.followUp && t('trainingConsole.script.expectedFollowUp'),
  ].filter((item): item is string => Boolean(item));
  return (
    <ul className="list-disc pl-5">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

/**
 * What the trainer plays: who the caller is, the opening line, the facts given only when the
 * trainee asks (ticked off as said; the ticks are the trainer's aid and are not kept), and what
 * the trainee is expected to do.
 */
export function ScenarioScript({ scenario }: { scenario: Scenario }) {
  const { t } = useTranslation();
  const [said, setSaid] = useState<ReadonlySet<number>>(new Set());
  const { persona } = scenario;
  const toggle = (index: number) =>
    setSaid((current) => {
      const next = new Set(current);
      if (!next.delete(index)) next.add(index);
      return next;
    });
  return (
    <Region title={t('trainingConsole.script.title')} className="min-h-0">
      <div className="flex flex-col gap-3 text-sm">
        <h3 className="text-base font-semibold">{scenario.title}</h3>
        <p>
          {t('trainingConsole.script.persona', {
            ageBand: t(`intake.ageBands.${persona.ageBand}`),
            gender: t(`intake.genders.${persona.gender}`),
            occupation: t(`intake.occupations.${persona.occupation}`),
            region: persona.region,
            dialled: persona.dialled,
          })}
        </p>
        <p>{t('trainingConsole.script.problem', { problem: t(`intake.problems.${scenario.problem}.label`) })}</p>
        <section>
          <h4 className="font-semibold">{t('trainingConsole.script.brief')}</h4>
          <p className="whitespace-pre-wrap">{scenario.brief}</p>
        </section>
        <section>
          <h4 className="font-semibold">{t('trainingConsole.script.openingLine')}</h4>
          <blockquote className="rounded bg-slate-50 p-2 whitespace-pre-wrap">{scenario.openingLine}</blockquote>
        </section>
        {scenario.reveals.length > 0 && (
          <section>
            <h4 className="font-semibold">{t('trainingConsole.script.reveals')}</h4>
            <ul className="flex flex-col gap-2">
              {scenario.reveals.map((reveal, index) => (
                <li key={`${reveal.topic}-${index}`} className={said.has(index) ? 'text-slate-500' : ''}>
                  <Checkbox
                    label={t('trainingConsole.script.revealSaid', { topic: t(`trainingConsole.script.topics.${reveal.topic}`) })}
                    checked={said.has(index)}
                    onChange={() => toggle(index)}
                  />
                  <p className="pl-6 text-xs text-slate-600">{t('trainingConsole.script.whenAsked', { question: reveal.whenAsked })}</p>
                  <p className="pl-6 whitespace-pre-wrap">{reveal.fact}</p>
                </li>
              ))}
            </ul>
          </section>
        )}
        <section>
          <h4 className="font-semibold">{t('trainingConsole.script.expected')}</h4>
          <Expected scenario={scenario} />
        </section>
      </div>
    </Region>
  );
}
