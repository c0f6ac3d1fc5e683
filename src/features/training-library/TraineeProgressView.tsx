import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Alert, EmptyState, Region, apiErrorMessage } from '../../components';
import { autoRubricItems, type TraineeProgress } from '../../contract/training';
import { formatBeijingDateTime, formatDuration } from '../../lib/time';
import { useTraineeProgress } from './library-api';
import { ProgressChart } from './ProgressChart';
import { SignOffPanel } from './SignOffPanel';
import { TraineeState } from './TraineeList';

type Call = TraineeProgress['calls'][number];

function judgementAverage(call: Call): number | null {
  const scores = call.judgement.flatMap((score) => (score.score === null ? [] : [score.score]));
  return scores.length === 0 ? null : Math.round((10 * scores.reduce((a, b) => a + b, 0)) / scores.length) / 10;
}

function CallsTable({ calls, rubricPath }: { calls: Call[]; rubricPath: (id: string) => string }) {
  const { t, i18n } = useTranslation();
  return (
    <table className="w-full text-sm">
      <caption className="text-left font-semibold text-slate-700">{t('trainingLibrary.progress.calls')}</caption>
      <thead className="text-left text-slate-600">
        <tr>
          <th scope="col">{t('trainingLibrary.progress.columns.at')}</th>
          <th scope="col">{t('trainingLibrary.progress.columns.scenario')}</th>
          <th scope="col">{t('trainingLibrary.progress.columns.talk')}</th>
          <th scope="col">{t('trainingLibrary.progress.columns.auto')}</th>
          <th scope="col">{t('trainingLibrary.progress.columns.judgement')}</th>
          <td />
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {calls.map((call) => {
          const average = judgementAverage(call);
          return (
            <tr key={call.callId}>
              <td className="py-1">{formatBeijingDateTime(call.at, i18n.language)}</td>
              <th scope="row" className="text-left font-medium">
                {call.scenarioTitle}
              </th>
              <td>{formatDuration(call.talkSec * 1000)}</td>
              <td>{t('trainingLibrary.progress.autoMet', { met: call.auto.filter((a) => a.met).length, total: call.auto.length })}</td>
              <td>{average === null ? t('trainingLibrary.progress.notScored') : t('trainingLibrary.progress.average', { score: average })}</td>
              <td>
                <Link href={rubricPath(call.callId)} className="text-teal-800 underline">
                  {t('trainingLibrary.progress.openRubric')}
                </Link>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Each automatic item, call by call: the trainee's progress on every item in words, not only on the chart. */
function ItemsTable({ calls }: { calls: Call[] }) {
  const { t, i18n } = useTranslation();
  const items = autoRubricItems.filter((item) => calls.some((call) => call.auto.some((a) => a.item === item)));
  return (
    // Many calls overflow sideways: the keyboard scrolls it too (WCAG 2.1.1).
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t('trainingLibrary.progress.items')}>
      <table className="text-sm">
        <caption className="text-left font-semibold text-slate-700">{t('trainingLibrary.progress.items')}</caption>
        <thead>
          <tr>
            <td />
            {calls.map((call) => (
              <th key={call.callId} scope="col" className="px-2 font-normal text-slate-600">
                {formatBeijingDateTime(call.at, i18n.language)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item}>
              <th scope="row" className="pr-3 text-left font-medium">
                {t(`trainingLibrary.rubric.items.${item}`)}
              </th>
              {calls.map((call) => {
                const result = call.auto.find((a) => a.item === item);
                return (
                  <td key={call.callId} className={`px-2 text-center ${result?.met ? 'text-green-800' : 'text-red-800'}`}>
                    {result ? (result.met ? `✓ ${t('trainingLibrary.rubric.met')}` : `✗ ${t('trainingLibrary.rubric.missed')}`) : '—'}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A trainee's mock calls, their scores over time, practice hours and the sign-off. */
export function TraineeProgressView({ traineeId, backPath, rubricPath }: { traineeId: string; backPath: string; rubricPath: (id: string) => string }) {
  const { t } = useTranslation();
  const progress = useTraineeProgress(traineeId);
  if (progress.isPending) return <p className="text-slate-500">{t('app.loading')}</p>;
  if (progress.isError) return <Alert tone="error">{apiErrorMessage(t, progress.error)}</Alert>;
  const { trainee, calls, practiceSec } = progress.data;
  const minutes = Math.floor(practiceSec / 60);
  return (
    <div className="flex flex-col gap-4">
      <Link href={backPath} className="text-sm text-teal-800 underline">
        {t('trainingLibrary.progress.back')}
      </Link>
      <Region title={t('trainingLibrary.progress.title', { name: trainee.displayName })}>
        <dl className="mb-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-slate-600">{t('trainingLibrary.trainees.columns.state')}</dt>
          <dd>
            <TraineeState trainee={trainee} />
          </dd>
          <dt className="text-slate-600">{t('trainingLibrary.progress.practice')}</dt>
          <dd>{t('trainingLibrary.progress.practiceTime', { hours: Math.floor(minutes / 60), minutes: minutes % 60 })}</dd>
          <dt className="text-slate-600">{t('trainingLibrary.progress.mockCalls')}</dt>
          <dd>{calls.length}</dd>
        </dl>
        {calls.length === 0 ? (
          <EmptyState>{t('trainingLibrary.progress.none')}</EmptyState>
        ) : (
          <div className="flex flex-col gap-4">
            <h3 className="text-sm font-semibold text-slate-700">{t('trainingLibrary.progress.chart')}</h3>
            <ProgressChart calls={calls} />
            <ItemsTable calls={calls} />
            <CallsTable calls={calls} rubricPath={rubricPath} />
          </div>
        )}
      </Region>
      <Region title={t('trainingLibrary.signOff.title')}>
        <SignOffPanel trainee={trainee} />
      </Region>
    </div>
  );
}
