import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, TextArea, apiErrorMessage } from '../../components';
import type { Trainee } from '../../contract/training';
import { formatBeijingDateTime } from '../../lib/time';
import { useSignOff } from './library-api';

/**
 * The trainer's sign-off that the trainee passed the assessment. It lets the account take real
 * calls and cannot be undone, so it asks once more before it is sent.
 */
export function SignOffPanel({ trainee }: { trainee: Trainee }) {
  const { t, i18n } = useTranslation();
  const signOff = useSignOff(trainee.id);
  const [note, setNote] = useState('');
  const [confirming, setConfirming] = useState(false);

  if (!trainee.trainee) {
    return (
      <p role="status" className="text-sm text-green-800">
        {t('trainingLibrary.signOff.done', {
          name: trainee.displayName,
          time: trainee.signedOffAt ? formatBeijingDateTime(trainee.signedOffAt, i18n.language) : '—',
          by: trainee.signedOffBy ?? '—',
        })}
      </p>
    );
  }
  return (
    <div className="flex flex-col gap-2">
      <p className="text-sm text-slate-700">{t('trainingLibrary.signOff.explain')}</p>
      <TextArea label={t('trainingLibrary.signOff.note')} rows={2} maxLength={500} value={note} onChange={(event) => setNote(event.target.value)} />
      {confirming ? (
        <div role="alertdialog" aria-labelledby="sign-off-confirm" className="flex flex-col gap-2 rounded-md bg-amber-50 p-3 ring-1 ring-amber-300">
          <p id="sign-off-confirm" className="font-medium text-slate-900">
            {t('trainingLibrary.signOff.confirm', { name: trainee.displayName })}
          </p>
          <div className="flex gap-2">
            <Button tone="success" disabled={signOff.isPending} onClick={() => signOff.mutate(note, { onSettled: () => setConfirming(false) })}>
              {t('trainingLibrary.signOff.yes')}
            </Button>
            <Button tone="secondary" onClick={() => setConfirming(false)}>
              {t('trainingLibrary.signOff.no')}
            </Button>
          </div>
        </div>
      ) : (
        <Button className="self-start" onClick={() => setConfirming(true)}>
          {t('trainingLibrary.signOff.start')}
        </Button>
      )}
      {signOff.isError && <Alert tone="error">{apiErrorMessage(t, signOff.error)}</Alert>}
    </div>
  );
}
