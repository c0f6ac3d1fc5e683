import { api } from '../../src/contract';
import { centreConfigEndpoints } from '../../src/contract/api-centre-config';
import { audit } from '../audit';
import { changesBetween } from '../audit-changes';
import { ApiError } from '../http/errors';
import { route } from '../http/route';
import type { App, Deps } from '../http/types';
import { duplicateShiftIds, loadCentreSettings, overflowIssues, saveCentreSettings } from '../shifts/settings';
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

  route(app, deps, centreConfigEndpoints.setCentreSettings, async ({ auth, params, body }) => {
    return store.transaction(async (tx) => {
      await assertCentre(tx, params.areaCode);
      const known = new Set((await tx.query<{ area_code: string }>('select area_code from centres')).map((row) => row.area_code));
      const issues = [...duplicateShiftIds(body.shifts), ...overflowIssues(params.areaCode, body.overflowCentres, known)];
      if (issues.length > 0) throw new ApiError(400, 'validation', { issues });
      const before = await loadCentreSettings(tx, params.areaCode, config.centreSettingsOverrides);
      await saveCentreSettings(tx, params.areaCode, body, auth.staffId);
      await audit(tx, {
        staffId: auth.staffId,
        action: 'settings.centre',
        subjectType: 'centre',
        subjectId: params.areaCode,
        detail: { changes: changesBetween(before, body) },
      });
      return loadCentreSettings(tx, params.areaCode, config.centreSettingsOverrides);
    });
  });
}
