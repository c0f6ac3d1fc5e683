import { CentreSettings, defaultCentreSettings as defaults, type ShiftDefinition, type ValidationIssue } from '../../src/contract';
import type { CentreSettingsOverrides } from '../config';
import type { Queryable, Store } from '../store/store';

export function defaultCentreSettings(overrides: CentreSettingsOverrides = {}): CentreSettings {
  return { ...structuredClone(defaults), ...overrides };
}

/**
 * Gives every centre without settings the defaults, and writes the configured overrides into
 * every centre's settings. Both are idempotent, so API processes starting together need no lock.
 */
export async function seedCentreSettings(store: Store, overrides: CentreSettingsOverrides): Promise<void> {
  await store.transaction(async (tx) => {
    await tx.query(
      'insert into centre_settings (area_code, settings) select area_code, $1::jsonb from centres on conflict (area_code) do nothing',
      [JSON.stringify(defaultCentreSettings(overrides))],
    );
    if (Object.keys(overrides).length > 0) {
      await tx.query('update centre_settings set settings = settings || $1::jsonb, updated_at = now()', [
        JSON.stringify(overrides),
      ]);
    }
  });
}

/**
 * The stored settings as the contract reads them. Fields the stored value lacks (added to the
 * contract after it was saved) take their default; a value the contract refuses is replaced by the
 * defaults rather than refusing every counsellor of the centre their seat.
 */
export async function loadCentreSettings(
  db: Queryable,
  areaCode: string | null,
  overrides: CentreSettingsOverrides,
): Promise<CentreSettings> {
  const fallback = defaultCentreSettings(overrides);
  if (areaCode === null) return fallback;
  const [row] = await db.query<{ settings: Record<string, unknown> }>('select settings from centre_settings where area_code = $1', [
    areaCode,
  ]);
  if (!row) return fallback;
  const parsed = CentreSettings.safeParse({ ...fallback, ...row.settings });
  if (parsed.success) return parsed.data;
  console.error(`centre settings of ${areaCode} do not match the contract; serving the defaults`);
  return fallback;
}

export async function saveCentreSettings(db: Queryable, areaCode: string, settings: CentreSettings, staffId: string): Promise<void> {
  await db.query(
    `insert into centre_settings (area_code, settings, updated_at, updated_by) values ($1, $2, now(), $3)
     on conflict (area_code) do update set settings = excluded.settings, updated_at = now(), updated_by = excluded.updated_by`,
    [areaCode, JSON.stringify(settings), staffId],
  );
}

/** A repeated shift id: the shift clock names the current shift by id, so two would be confused. */
export function duplicateShiftIds(shifts: readonly ShiftDefinition[]): ValidationIssue[] {
  return shifts.flatMap((shift, index) =>
    shifts.findIndex((other) => other.id === shift.id) < index ? [{ path: ['shifts', index, 'id'], message: 'invalid' }] : [],
  );
}

/**
 * Overflow goes to the province's other centres (`known`), each once: the centre itself would only
 * queue the caller again, an unknown area code would hold a caller for nobody.
 */
export function overflowIssues(areaCode: string, overflowCentres: readonly string[], known: ReadonlySet<string>): ValidationIssue[] {
  return overflowCentres.flatMap((code, index): ValidationIssue[] => {
    const at = (message: string) => [{ path: ['overflowCentres', index], message }];
    if (code === areaCode) return at('adminConfig.overflowSelf');
    if (!known.has(code)) return at('adminConfig.overflowUnknown');
    return overflowCentres.indexOf(code) < index ? at('adminConfig.overflowRepeated') : [];
  });
}
