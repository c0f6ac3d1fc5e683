import { api, type CentreSettings, type ValidationIssue } from '../../src/contract';
import { centreConfigEndpoints } from '../../src/contract/api-centre-config';
import { audit } from '../audit';
import { changesBetween } from '../audit-changes';
import { ApiError } from '../http/errors';
import { route } from '../http/route';
import type { App, Deps } from '../http/types';
import { duplicateShiftIds, loadCentreSettings, saveCentreSettings } from '../shifts/settings';
import type { Queryable } from '../store/store';

async function assertCentre(db: Queryable, areaCode: string): Promise<void> {
  const known = await db.query('select 1 from centres where area_code = $1', [areaCode]);
  if (known.length === 0) throw new ApiError(404, 'not_found');
}

/**
 * Overflow goes to the province's other centres: the centre itself would only queue the caller
 * again, an unknown area code would hold a caller for nobody, and a repeat asks the same seats twice.
 */
async function overflowIssues(db: Queryable, areaCode: string, settings: CentreSettings): Promise<ValidationIssue[]> {
  const known = new Set((await db.query<{ area_code: string }>('select area_code from centres')).map((row) => row.area_code));
  return settings.overflowCentres.flatMap((code, index): ValidationIssue[] => {
    const at = (message: string) => [{ path: ['overflowCentres', index], message }];
    if (code === areaCode) return at('adminConfig.overflowSelf');
    if (!known.has(code)) return at('adminConfig.overflowUnknown');
    return settings.overflowCentres.indexOf(code) < index ? at('adminConfig.overflowRepeated') : [];
  });
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
      const issues = [...duplicateShiftIds(body.shifts), ...(await overflowIssues(tx, params.areaCode, body))];
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
