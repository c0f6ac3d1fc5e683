import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Checkbox, TextField, apiErrorMessage } from '../../components';
import { nuisanceExpiresAt, nuisanceExpiries, type ListNuisanceRequest, type NuisanceExpiry, type NuisanceSuggestion } from '../../contract';
import { formatBeijingDateTime } from '../../lib/time';
import { useListFromSuggestion } from './nuisance-api';

/**
 * A supervisor lists a suggested number: the reason (the counsellor's, to edit), an expiry chosen
 * every time (none is picked for them), and blocking only when ticked.
 */
export function DecideForm({ suggestion, onDone }: { suggestion: NuisanceSuggestion; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const [reason, setReason] = useState(suggestion.reason);
  const [expiry, setExpiry] = useState<NuisanceExpiry | null>(null);
  // When the listing would end if made now: taken when the expiry is chosen, not at every render.
  const [endsAt, setEndsAt] = useState<number | null>(null);
  const [blocked, setBlocked] = useState(false);
  const list = useListFromSuggestion();
  const ready = reason.trim() !== '' && expiry !== null;

  return (
    <form
      aria-label={t('nuisance.decide.title', { number: suggestion.maskedNumber })}
      className="flex flex-col gap-3 rounded-md bg-slate-50 p-3 ring-1 ring-slate-200"
      onSubmit={(event) => {
        event.preventDefault();
        if (!expiry) return;
        const decision: ListNuisanceRequest = { reason, expiry, blocked };
        list.mutate({ id: suggestion.id, decision }, { onSuccess: onDone });
      }}
    >
      <h4 className="text-sm font-semibold text-slate-800">{t('nuisance.decide.title', { number: suggestion.maskedNumber })}</h4>
      <TextField
        label={t('nuisance.decide.reason')}
        hint={t('nuisance.decide.reasonHint')}
        value={reason}
        maxLength={200}
        required
        onChange={(event) => setReason(event.target.value)}
      />
      <fieldset className="flex flex-col gap-1">
        <legend className="text-sm font-medium text-slate-800">{t('nuisance.decide.expiry')}</legend>
        <div className="flex flex-wrap gap-4">
          {nuisanceExpiries.map((option) => (
            <label key={option} className="flex items-center gap-1 text-sm text-slate-800">
              <input
                type="radio"
                name="expiry"
                className="accent-teal-700"
                checked={expiry === option}
                onChange={() => {
                  setExpiry(option);
                  setEndsAt(nuisanceExpiresAt(option, Date.now()));
                }}
                required
              />
              {t(`nuisance.decide.expiries.${option}`)}
            </label>
          ))}
        </div>
        {endsAt !== null && <p className="text-sm text-slate-600">{t('nuisance.decide.until', { time: formatBeijingDateTime(endsAt, i18n.language) })}</p>}
      </fieldset>
      <p className="text-sm text-slate-600">{t('nuisance.decide.effect')}</p>
      <div className="flex flex-col gap-1">
        <Checkbox label={t('nuisance.decide.block')} checked={blocked} onChange={(event) => setBlocked(event.target.checked)} />
        <p className="pl-6 text-xs text-slate-600">{t('nuisance.decide.blockHint')}</p>
      </div>
      <div className="flex gap-2">
        <Button type="submit" tone={blocked ? 'danger' : 'primary'} disabled={!ready || list.isPending}>
          {t('nuisance.decide.confirm')}
        </Button>
        <Button tone="quiet" onClick={onDone}>
          {t('nuisance.decide.cancel')}
        </Button>
      </div>
      {list.isError && <Alert tone="error">{apiErrorMessage(t, list.error)}</Alert>}
    </form>
  );
}
