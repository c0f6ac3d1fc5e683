import { api } from '../../src/contract';
import type { SignedIn } from '../auth/sessions';
import { announce } from '../events/announce';
import { route } from '../http/route';
import type { App, Deps } from '../http/types';
import { dismissSuggestion, listFromRecord, listFromSuggestion, removeListing, suggestListing, supervisedCentre } from '../nuisance/decide';
import { centreListings, openSuggestions } from '../nuisance/rows';

export function nuisanceRoutes(app: App, deps: Deps): void {
  const { store } = deps;
  route(app, deps, api.nuisanceListings, async ({ auth }) => ({ listings: await centreListings(store, supervisedCentre(auth)) }));
  route(app, deps, api.nuisanceSuggestions, async ({ auth }) => ({ suggestions: await openSuggestions(store, supervisedCentre(auth)) }));
  /** After a write: the centre's supervisors' lists are stale (their console re-reads them). */
  const changed = async <T>(auth: SignedIn, written: T): Promise<T> => {
    if (auth.centreAreaCode) await announce(deps.live, { kind: 'nuisance', centre: auth.centreAreaCode });
    return written;
  };
  route(app, deps, api.suggestNuisance, async ({ auth, params, body }) => changed(auth, await suggestListing(store, auth, params.id, body.reason)));
  route(app, deps, api.listNuisanceFromRecord, async ({ auth, params, body }) => changed(auth, await listFromRecord(store, auth, params.id, body)));
  route(app, deps, api.listNuisanceFromSuggestion, async ({ auth, params, body }) =>
    changed(auth, await listFromSuggestion(store, auth, params.id, body)),
  );
  route(app, deps, api.dismissNuisanceSuggestion, async ({ auth, params }) => {
    await dismissSuggestion(store, auth, params.id);
    return changed(auth, { ok: true } as const);
  });
  route(app, deps, api.removeNuisanceListing, async ({ auth, params }) => {
    await removeListing(store, auth, params.id);
    return changed(auth, { ok: true } as const);
  });
}
