import type { SignedIn } from '../auth/sessions';
import type { CentreSettingsOverrides } from '../config';
import { ApiError } from '../http/errors';
import { loadCentreSettings } from '../shifts/settings';
import type { Queryable } from '../store/store';

/** Who a report is about: a centre (its area code) or the province (null), and each line's service level. */
export interface ResolvedScope {
  areaCode: string | null;
  /** '' is plain 12356, else a centre's area code; each with its centre's serviceLevelSec. */
  lines: { key: string; serviceLevelSec: number }[];
}

/**
 * Supervisors report on their own centre only; admins on any centre or the whole province. A
 * centre's report counts the calls to its own line and the records of its counsellors; plain 12356
 * belongs to the province, so only the province's report counts its queue.
 */
export async function resolveScope(db: Queryable, auth: SignedIn, scope: string, overrides: CentreSettingsOverrides): Promise<ResolvedScope> {
  const areaCode = scope === 'province' ? null : scope;
  if (auth.role !== 'admin' && (areaCode === null || areaCode !== auth.centreAreaCode)) throw new ApiError(403, 'forbidden');
  const centres = await db.query<{ areaCode: string }>(
    'select area_code as "areaCode" from public.centres where $1::text is null or area_code = $1 order by area_code',
    [areaCode],
  );
  if (areaCode !== null && centres.length === 0) throw new ApiError(404, 'not_found');
  const keys = [...(areaCode === null ? [null] : []), ...centres.map((centre) => centre.areaCode)];
  const lines = await Promise.all(
    keys.map(async (key) => ({ key: key ?? '', serviceLevelSec: (await loadCentreSettings(db, key, overrides)).serviceLevelSec })),
  );
  return { areaCode, lines };
}
