import { api } from '../../src/contract';
import { audit } from '../audit';
import { ApiError } from '../http/errors';
import { route } from '../http/route';
import type { App, Deps } from '../http/types';
import { duplicateShiftIds, loadCentreSettings, saveCentreSettings } from '../shifts/settings';
import type { Queryable } from '../store/store';

async function assertCentre(db: Queryable, areaCode: string): Promise<void> {
  const known = await db.query('select 1 from centres where area_code = $1', [areaCode]);
  if (known.length === 0) throw new ApiError(404, 'not_found');
}

/** A centre's shifts, wrap-up and wellbeing settings: read at every desk, edited by admins. */
export function centreSettingsRoutes(app: App, deps: Deps): void {
  const { store, config } = deps;

  route(app, deps, api.centreSettings, async ({ params }) => {
    await assertCentre(store, params.areaCode);
    return loadCentreSettings(store, params.areaCode, config.centreSettingsOverrides);
  });

  route(app, deps, api.setCentreSettings, async ({ auth, params, body }) => {
    const issues = duplicateShiftIds(body.shifts);
    if (issues.length > 0) throw new ApiError(400, 'validation', { issues });

    return store.transaction(async (tx) => {
      await assertCentre(tx, params.areaCode);
      await saveCentreSettings(tx, params.areaCode, body, auth.staffId);
      await audit(tx, { staffId: auth.staffId, action: 'settings.centre', subjectType: 'centre', subjectId: params.areaCode, detail: { settings: body } });
      return loadCentreSettings(tx, params.areaCode, config.centreSettingsOverrides);
    });
  });
}
