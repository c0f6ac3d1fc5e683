import { api, type Institution } from '../../src/contract';
import { route } from '../http/route';
import type { App, Deps } from '../http/types';

export function directoryRoutes(app: App, deps: Deps): void {
  route(app, deps, api.institutions, async () => ({
    institutions: await deps.store.query<Institution>(
      `select id, name_zh as "nameZh", name_en as "nameEn", area_code as "areaCode", phone
         from institutions order by area_code, id`,
    ),
  }));
}
