import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
// Not through the api index: that would put these hooks in the first load, which is at its budget.
import { useHelpRequest, useRequestHelp } from '../../api/help';
import { Button, TextField, apiErrorMessage } from '../../components';
import { formatBeijingTime } from '../../lib/time';
import { useNow } from '../../lib/use-now';
import { helpStatus } from './help-status';

/**
 * The counsellor raises a hand: an optional one-line reason, then "sent, waiting" until a
 * supervisor of the centre acknowledges it, then who saw it and when. Asking again while a
 * request is open only repeats the open one (the API answers it), so the button is hidden then.
 */
export function HelpPanel() {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const request = useHelpRequest();
  const ask = useRequestHelp();
  const [reason, setReason] = useState('');
  const status = helpStatus(request, useNow(true, 30_000));
  const said =
    status.kind === 'waiting'
      ? t('help.waiting')
      : status.kind === 'seen'
        ? t('help.seen', { name: status.by, time: formatBeijingTime(Date.parse(status.at), i18n.language, false) })
        : '';

  return (
    <section aria-labelledby={titleId} className="flex flex-col gap-1">
      <h3 id={titleId} className="text-sm font-semibold text-slate-700">
        {t('help.title')}
      </h3>
      {status.kind !== 'waiting' && (
        <form
          className="flex items-end gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            ask.mutate(reason, { onSuccess: () => setReason('') });
          }}
        >
          <TextField
            label={t('help.reason')}
            className="min-w-0 flex-1"
            value={reason}
            maxLength={120}
            onChange={(event) => setReason(event.target.value)}
          />
          <Button type="submit" tone="secondary" className="shrink-0" disabled={ask.isPending}>
            {status.kind === 'seen' ? t('help.askAgain') : t('help.ask')}
          </Button>
        </form>
      )}
      <p role="status" className={`text-sm ${status.kind === 'seen' ? 'text-green-800' : 'text-amber-900'}`}>
        {said}
      </p>
      {ask.isError && (
        <p role="alert" className="text-sm text-red-700">
          {apiErrorMessage(t, ask.error)}
        </p>
      )}
    </section>
  );
}
