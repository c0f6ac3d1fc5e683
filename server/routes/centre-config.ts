import { centreConfigEndpoints as endpoints } from '../../src/contract/api-centre-config';
import { audit } from '../audit';
import { changesBetween } from '../audit-changes';
import { ApiError } from '../http/errors';
import { route } from '../http/route';
import type { App, Deps } from '../http/types';
import { insertCentre, loadAdminCentre, loadAdminCentres, updateCentre } from '../settings/centres';
import { createInstitution, loadInstitution, loadInstitutions, updateInstitution } from '../settings/institutions';
import { defaultCentreSettings } from '../shifts/settings';
import type { Queryable } from '../store/store';

/** An institution belongs to a centre of the province: the referral picker lists them by centre. */
async function assertKnownCentre(db: Queryable, areaCode: string): Promise<void> {
  const known = await db.query('select 1 from centres where area_code = $1', [areaCode]);
  if (known.length === 0) throw new ApiError(400, 'validation', { issues: [{ path: ['areaCode'], message: 'adminConfig.unknownCentre' }] });
}

async function loadedCentre(db: Queryable, areaCode: string) {
  const centre = await loadAdminCentre(db, areaCode);
  if (!centre) throw new ApiError(404, 'not_found');
  return centre;
}

/** Referral institutions and the province's centres and lines, as admins keep them (#15). */
export function centreConfigRoutes(app: App, deps: Deps): void {
  const { store, config } = deps;

  route(app, deps, endpoints.adminInstitutions, async () => ({ institutions: await loadInstitutions(store) }));

  route(app, deps, endpoints.createInstitution, ({ auth, body }) =>
    store.transaction(async (tx) => {
      await assertKnownCentre(tx, body.areaCode);
      const created = await createInstitution(tx, body);
      const detail = { changes: changesBetween(null, body) };
      await audit(tx, { staffId: auth.staffId, action: 'institution.create', subjectType: 'institution', subjectId: created.id, detail });
      return created;
    }),
  );

  route(app, deps, endpoints.updateInstitution, ({ auth, params, body }) =>
    store.transaction(async (tx) => {
      const before = await loadInstitution(tx, params.id);
      if (!before) throw new ApiError(404, 'not_found');
      await assertKnownCentre(tx, body.areaCode);
      await updateInstitution(tx, params.id, body);
      const after = { ...body, id: params.id };
      const detail = { changes: changesBetween(before, after) };
      await audit(tx, { staffId: auth.staffId, action: 'institution.update', subjectType: 'institution', subjectId: params.id, detail });
      return after;
    }),
  );

  route(app, deps, endpoints.adminCentres, async () => ({ centres: await loadAdminCentres(store) }));

  route(app, deps, endpoints.createCentre, ({ auth, body }) =>
    store.transaction(async (tx) => {
      if (!(await insertCentre(tx, body))) throw new ApiError(409, 'conflict');
      // A new centre works like a seeded one from its first call: the defaults, with the operator's overrides.
      await tx.query('insert into centre_settings (area_code, settings) values ($1, $2) on conflict (area_code) do nothing', [
        body.areaCode,
        JSON.stringify(defaultCentreSettings(config.centreSettingsOverrides)),
      ]);
      await audit(tx, {
        staffId: auth.staffId,
        action: 'centre.create',
        subjectType: 'centre',
        subjectId: body.areaCode,
        detail: { changes: changesBetween(null, body) },
      });
      return loadedCentre(tx, body.areaCode);
    }),
  );

  route(app, deps, endpoints.updateCentre, ({ auth, params, body }) =>
    store.transaction(async (tx) => {
      const before = await loadedCentre(tx, params.areaCode);
      await updateCentre(tx, params.areaCode, body);
      const was = { cityZh: before.cityZh, cityEn: before.cityEn, lineOpen: before.lineOpen };
      await audit(tx, {
        staffId: auth.staffId,
        action: 'centre.update',
        subjectType: 'centre',
        subjectId: params.areaCode,
        detail: { changes: changesBetween(was, body) },
      });
      return loadedCentre(tx, params.areaCode);
    }),
  );
}
