import { useTranslation } from 'react-i18next';
import { Alert, Region, apiErrorMessage } from '../../components';
import type { AutoRubricResult, TrainingResult } from '../../contract/training';
import { formatBeijingDateTime } from '../../lib/time';
import { JudgementForm } from './JudgementForm';
import { useTrainingResult } from './library-api';
import { rubricWords } from './rubric-words';

function AutoItems({ auto }: { auto: AutoRubricResult[] }) {
  const { t } = useTranslation();
  return (
    <ul className="flex flex-col gap-2" aria-label={t('trainingLibrary.rubric.auto')}>
      {auto.map((result) => (
        <li key={result.item} className="grid grid-cols-[8rem_12rem_1fr] items-baseline gap-2 text-sm" data-rubric-item={result.item}>
          <span className={`font-medium ${result.met ? 'text-green-800' : 'text-red-800'}`}>
            {result.met ? `✓ ${t('trainingLibrary.rubric.met')}` : `✗ ${t('trainingLibrary.rubric.missed')}`}
          </span>
          <span className="font-medium text-slate-900">{t(`trainingLibrary.rubric.items.${result.item}`)}</span>
          <span className="text-slate-700">
            {t('trainingLibrary.rubric.expected', { value: rubricWords(t, result.item, result.expected) })}
            {'；'}
            {t('trainingLibrary.rubric.actual', { value: rubricWords(t, result.item, result.actual) })}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The trainer's scores as given, for the trainee and for other trainers. */
function JudgementRead({ result }: { result: TrainingResult }) {
  const { t, i18n } = useTranslation();
  if (!result.scoredAt) return <p className="text-sm text-slate-600">{t('trainingLibrary.rubric.notScoredYet')}</p>;
  return (
    <div className="flex flex-col gap-2 text-sm">
      <p className="text-xs text-slate-600">
        {t('trainingLibrary.rubric.scoredBy', { name: result.scoredBy ?? '', time: formatBeijingDateTime(result.scoredAt, i18n.language) })}
      </p>
      <dl className="grid grid-cols-[12rem_6rem_1fr] gap-x-3 gap-y-1">
        {result.judgement.map((score) => (
          <div key={score.item} className="contents">
            <dt className="font-medium">{t(`trainingLibrary.rubric.judgementItems.${score.item}`)}</dt>
            <dd>{score.score === null ? t('trainingLibrary.rubric.notObserved') : t('trainingLibrary.rubric.score', { n: score.score })}</dd>
            <dd className="text-slate-700">{score.comment}</dd>
          </div>
        ))}
      </dl>
      {result.comment && <p className="whitespace-pre-wrap rounded bg-slate-50 p-2 text-slate-800">{result.comment}</p>}
    </div>
  );
}

/**
 * A mock call's rubric: the automatic items, met or not, with what was expected and what the
 * trainee recorded; the call's own trainer scores the judgement items once the call is over,
 * everyone else (the trainee included) reads them.
 */
export function RubricView({ callId, meId }: { callId: string; meId: string }) {
  const { t, i18n } = useTranslation();
  const result = useTrainingResult(callId);
  if (result.isPending) return <p className="text-slate-500">{t('app.loading')}</p>;
  if (result.isError) return <Alert tone="error">{apiErrorMessage(t, result.error)}</Alert>;
  const { call } = result.data;
  const scoring = call.trainerId === meId;
  return (
    <div className="flex flex-col gap-4">
      <Region title={t('trainingLibrary.rubric.title', { scenario: call.scenarioTitle })}>
        <p className="mb-3 text-sm text-slate-600">
          {t('trainingLibrary.rubric.who', {
            trainee: call.traineeName,
            trainer: call.trainerName,
            time: formatBeijingDateTime(call.startedAt ?? call.grantedAt, i18n.language),
          })}
        </p>
        <h3 className="mb-2 text-sm font-semibold text-slate-700">{t('trainingLibrary.rubric.auto')}</h3>
        <AutoItems auto={result.data.auto} />
      </Region>
      <Region title={t('trainingLibrary.rubric.judgement')}>
        {scoring && call.state !== 'ended' && <Alert tone="info">{t('trainingLibrary.rubric.notOver')}</Alert>}
        {scoring && call.state === 'ended' ? <JudgementForm result={result.data} /> : <JudgementRead result={result.data} />}
      </Region>
    </div>
  );
}
