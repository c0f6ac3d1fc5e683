import { api } from '../../src/contract';
import { route } from '../http/route';
import type { App, Deps } from '../http/types';
import { dismissSuggestion, listFromRecord, listFromSuggestion, removeListing, suggestListing, supervisedCentre } from '../nuisance/decide';
import { centreListings, openSuggestions } from '../nuisance/rows';

export function nuisanceRoutes(app: App, deps: Deps): void {
  const { store } = deps;
  route(app, deps, api.nuisanceListings, async ({ auth }) => ({ listings: await centreListings(store, supervisedCentre(auth)) }));
  route(app, deps, api.nuisanceSuggestions, async ({ auth }) => ({ suggestions: await openSuggestions(store, supervisedCentre(auth)) }));
  route(app, deps, api.suggestNuisance, ({ auth, params, body }) => suggestListing(store, auth, params.id, body.reason));
  route(app, deps, api.listNuisanceFromRecord, ({ auth, params, body }) => listFromRecord(store, auth, params.id, body));
  route(app, deps, api.listNuisanceFromSuggestion, ({ auth, params, body }) => listFromSuggestion(store, auth, params.id, body));
  route(app, deps, api.dismissNuisanceSuggestion, async ({ auth, params }) => {
    await dismissSuggestion(store, auth, params.id);
    return { ok: true } as const;
  });
  route(app, deps, api.removeNuisanceListing, async ({ auth, params }) => {
    await removeListing(store, auth, params.id);
    return { ok: true } as const;
  });
}
