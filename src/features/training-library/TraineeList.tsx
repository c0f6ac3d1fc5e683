import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Alert, EmptyState, Region, apiErrorMessage } from '../../components';
import type { Trainee } from '../../contract/training';
import { formatBeijingDateTime } from '../../lib/time';
import { useTrainees } from './library-api';

export function TraineeState({ trainee }: { trainee: Trainee }) {
  const { t, i18n } = useTranslation();
  if (trainee.trainee) return <span className="font-medium text-amber-800">{t('trainingLibrary.trainees.inTraining')}</span>;
  if (!trainee.signedOffAt) return <span>{t('trainingLibrary.trainees.signedOff')}</span>;
  return (
    <span>
      {t('trainingLibrary.trainees.signedOff')}
      <span className="block text-xs text-slate-600">
        {t('trainingLibrary.trainees.signedOffBy', { time: formatBeijingDateTime(trainee.signedOffAt, i18n.language), name: trainee.signedOffBy ?? '' })}
      </span>
    </span>
  );
}

/** Accounts that take calls, those still in training first; each opens to its progress and sign-off. */
export function TraineeList({ progressPath }: { progressPath: (id: string) => string }) {
  const { t } = useTranslation();
  const list = useTrainees();
  return (
    <Region title={t('trainingLibrary.trainees.title')}>
      {list.isPending && <p className="text-slate-500">{t('app.loading')}</p>}
      {list.isError && <Alert tone="error">{apiErrorMessage(t, list.error)}</Alert>}
      {list.data?.trainees.length === 0 && <EmptyState>{t('trainingLibrary.trainees.none')}</EmptyState>}
      {list.data && list.data.trainees.length > 0 && (
        <table className="w-full text-sm">
          <thead className="text-left text-slate-600">
            <tr>
              <th scope="col">{t('trainingLibrary.trainees.columns.name')}</th>
              <th scope="col">{t('trainingLibrary.trainees.columns.centre')}</th>
              <th scope="col">{t('trainingLibrary.trainees.columns.extension')}</th>
              <th scope="col">{t('trainingLibrary.trainees.columns.state')}</th>
              <th scope="col">{t('trainingLibrary.trainees.columns.mockCalls')}</th>
              <td />
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {list.data.trainees.map((trainee) => (
              <tr key={trainee.id}>
                <th scope="row" className="py-2 text-left font-medium">
                  {trainee.displayName}
                </th>
                <td>{trainee.centre ?? t('trainingLibrary.trainees.noCentre')}</td>
                <td>{trainee.extension}</td>
                <td>
                  <TraineeState trainee={trainee} />
                </td>
                <td>{trainee.mockCalls}</td>
                <td>
                  <Link
                    href={progressPath(trainee.id)}
                    className="text-teal-800 underline"
                    aria-label={`${t('trainingLibrary.trainees.progress')}：${trainee.displayName}`}
                  >
                    {t('trainingLibrary.trainees.progress')}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Region>
  );
}
