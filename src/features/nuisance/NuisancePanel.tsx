import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, EmptyState, Region, apiErrorMessage } from '../../components';
import type { NuisanceListing, NuisanceSuggestion } from '../../contract';
import { formatBeijingDateTime } from '../../lib/time';
import { DecideForm } from './DecideForm';
import { useDismissSuggestion, useNuisanceListings, useNuisanceSuggestions, useRemoveListing } from './nuisance-api';

function SuggestionItem({ suggestion }: { suggestion: NuisanceSuggestion }) {
  const { t, i18n } = useTranslation();
  const [deciding, setDeciding] = useState(false);
  const dismiss = useDismissSuggestion();
  const at = (time: string) => formatBeijingDateTime(time, i18n.language);
  return (
    <li className="flex flex-col gap-2 border-b border-slate-100 py-2">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <span className="font-mono tabular-nums font-medium text-slate-900">{suggestion.maskedNumber}</span>
        <span className="text-xs text-slate-600">{t('nuisance.suggestions.by', { name: suggestion.suggestedByName, time: at(suggestion.suggestedAt) })}</span>
      </div>
      <p className="text-sm text-slate-800">{suggestion.reason}</p>
      <p className="text-xs text-slate-600">
        {t('nuisance.suggestions.call', { time: at(suggestion.answeredAt), type: t(`nuisance.callTypes.${suggestion.callType}`) })}
      </p>
      {suggestion.alreadyListed && <p className="text-xs text-amber-900">{t('nuisance.suggestions.alreadyListed')}</p>}
      {deciding ? (
        <DecideForm suggestion={suggestion} onDone={() => setDeciding(false)} />
      ) : (
        <div className="flex gap-2">
          <Button onClick={() => setDeciding(true)}>
            {t('nuisance.suggestions.list')}
          </Button>
          <Button tone="secondary" disabled={dismiss.isPending} onClick={() => dismiss.mutate(suggestion.id)}>
            {t('nuisance.suggestions.dismiss')}
          </Button>
        </div>
      )}
      {dismiss.isError && <Alert tone="error">{apiErrorMessage(t, dismiss.error)}</Alert>}
    </li>
  );
}

function ListingRow({ listing }: { listing: NuisanceListing }) {
  const { t, i18n } = useTranslation();
  const remove = useRemoveListing();
  const at = (time: string) => formatBeijingDateTime(time, i18n.language);
  return (
    <tr className="border-b border-slate-100">
      <td className="py-1 px-2 font-mono tabular-nums">{listing.maskedNumber}</td>
      <td className="py-1 px-2">{listing.reason}</td>
      <td className="py-1 px-2">{listing.blocked ? <strong className="text-red-800">{t('nuisance.listings.blocked')}</strong> : t('nuisance.listings.queuedLast')}</td>
      <td className="py-1 px-2 text-xs">{t('nuisance.listings.listedBy', { name: listing.listedByName, time: at(listing.listedAt) })}</td>
      <td className="py-1 px-2 text-xs">{at(listing.expiresAt)}</td>
      <td className="py-1">
        <Button
         
          tone="secondary"
          aria-label={t('nuisance.listings.removeLabel', { number: listing.maskedNumber })}
          disabled={remove.isPending}
          onClick={() => remove.mutate(listing.id)}
        >
          {t('nuisance.listings.remove')}
        </Button>
        {remove.isError && <Alert tone="error">{apiErrorMessage(t, remove.error)}</Alert>}
      </td>
    </tr>
  );
}

/** The centre's nuisance list for its supervisors, as a region of their console. */
export function NuisancePanel({ className }: { className?: string }) {
  const { t } = useTranslation();
  return (
    <Region title={t('nuisance.title')} className={className} keyboardScroll>
      <NuisanceLists />
    </Region>
  );
}

/** Suggestions to decide first, then the live listings. */
function NuisanceLists() {
  const { t } = useTranslation();
  const suggestions = useNuisanceSuggestions();
  const listings = useNuisanceListings();
  if (suggestions.isError || listings.isError) return <Alert tone="warning">{t('nuisance.loadFailed')}</Alert>;
  if (!suggestions.data || !listings.data) return <EmptyState>{t('app.loading')}</EmptyState>;

  return (
    <div className="flex flex-col gap-4">
      <section aria-labelledby="nuisance-suggestions" className="flex flex-col gap-1">
        <h3 id="nuisance-suggestions" className="text-sm font-semibold text-slate-700">
          {t('nuisance.suggestions.title')}
        </h3>
        {suggestions.data.suggestions.length === 0 ? (
          <p className="text-sm text-slate-600">{t('nuisance.suggestions.empty')}</p>
        ) : (
          <ul>
            {suggestions.data.suggestions.map((suggestion) => (
              <SuggestionItem key={suggestion.id} suggestion={suggestion} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="nuisance-listings" className="flex flex-col gap-1">
        <h3 id="nuisance-listings" className="text-sm font-semibold text-slate-700">
          {t('nuisance.listings.title')}
        </h3>
        {listings.data.listings.length === 0 ? (
          <p className="text-sm text-slate-600">{t('nuisance.listings.empty')}</p>
        ) : (
          <table className="w-full text-sm">
            <thead className="text-xs text-slate-600">
              <tr>
                <th scope="col">{t('nuisance.listings.number')}</th>
                <th scope="col">{t('nuisance.listings.reason')}</th>
                <th scope="col">{t('nuisance.listings.effect')}</th>
                <th scope="col">{t('nuisance.listings.listed')}</th>
                <th scope="col">{t('nuisance.listings.expires')}</th>
                <th scope="col">
                  <span className="sr-only">{t('nuisance.listings.remove')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {listings.data.listings.map((listing) => (
                <ListingRow key={listing.id} listing={listing} />
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
