import { api } from '../../src/contract';
import { route } from '../http/route';
import type { App, Deps } from '../http/types';

export function healthRoutes(app: App, deps: Deps): void {
  route(app, deps, api.health, async () => {
    await deps.store.query('select 1');
    return { ok: true as const, store: deps.store.kind };
  });
}
