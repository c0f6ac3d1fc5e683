import { api, type Centre } from '../../src/contract';
import { route } from '../http/route';
import type { App, Deps } from '../http/types';

export function linesRoutes(app: App, deps: Deps): void {
  route(app, deps, api.lines, async () => {
    const centres = await deps.store.query<Centre>(
      `select area_code as "areaCode", city_zh as "cityZh", city_en as "cityEn",
              province_zh as "provinceZh", province_en as "provinceEn"
         from centres order by area_code`,
    );
    // One deployment serves one province, so its name is that of any of its centres.
    return { provinceZh: centres[0]?.provinceZh ?? '', provinceEn: centres[0]?.provinceEn ?? '', centres };
  });
}
