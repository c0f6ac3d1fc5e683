import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { callApi } from '../../api';
import { apiErrorMessage } from '../../components';
import { trainingLibraryEndpoints } from '../../contract/api-training';
import { formatBeijingDateTime } from '../../lib/time';

/**
 * The counsellor's own mock calls (培训演练成绩), newest first, each opening its rubric (where the
 * scores are: the workstation's first load carries as few words of training as it can). Read only
 * when opened: most of a shift nobody looks at it.
 */
export function TrainingResults() {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const results = useQuery({
    queryKey: ['my-training-results'] as const,
    queryFn: ({ signal }) => callApi(trainingLibraryEndpoints.myTrainingResults, { signal }),
    enabled: open,
  });
  return (
    // A button, not <details>: it arrives after the idle screen has drawn, and stays folded until asked for.
    <section className="text-sm">
      <button
        type="button"
        aria-expanded={open}
        aria-controls="training-results"
        className="font-semibold text-slate-700 underline"
        onClick={() => setOpen(!open)}
      >
        {t('trainingResults.title')}
      </button>
      <div id="training-results" hidden={!open}>
        {results.isPending && open && <p className="text-slate-500">{t('app.loading')}</p>}
        {results.isError && <p className="text-red-800">{apiErrorMessage(t, results.error)}</p>}
        {results.data?.results.length === 0 && <p className="text-slate-500">{t('trainingResults.none')}</p>}
        <ul className="mt-2 flex flex-col gap-1">
          {results.data?.results.map(({ call }) => (
            <li key={call.id} className="flex flex-wrap gap-x-3">
              <span>{formatBeijingDateTime(call.startedAt ?? call.grantedAt, i18n.language)}</span>
              <span className="font-medium">{call.scenarioTitle}</span>
              <Link href={`/training/calls/${call.id}`} className="text-teal-800 underline">
                {t('trainingResults.open')}
              </Link>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
