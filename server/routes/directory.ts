import { api } from '../../src/contract';
import { route } from '../http/route';
import type { App, Deps } from '../http/types';
import { loadInstitutions } from '../settings/institutions';

export function directoryRoutes(app: App, deps: Deps): void {
  route(app, deps, api.institutions, async () => ({ institutions: await loadInstitutions(deps.store) }));
}
