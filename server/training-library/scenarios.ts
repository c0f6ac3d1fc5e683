import { ScenarioDraft, type Scenario } from '../../src/contract/training';
import { audit } from '../audit';
import type { SignedIn } from '../auth/sessions';
import { ApiError } from '../http/errors';
import type { Queryable, Store } from '../store/store';
import { crisisScenarios } from './scenarios-crisis';
import { everydayScenarios } from './scenarios-everyday';

/** The scenarios the product ships, by the key that keeps shipping them again harmless. */
export const builtInScenarios: Readonly<Record<string, ScenarioDraft>> = { ...crisisScenarios, ...everydayScenarios };

interface ScenarioRow {
  id: string;
  draft: unknown;
  builtInKey: string | null;
  retiredAt: Date | null;
  updatedAt: Date;
}

const scenarioSelect = `select id, draft, built_in_key as "builtInKey", retired_at as "retiredAt", updated_at as "updatedAt"
  from training_scenarios`;

/** A stored draft is parsed again: a scenario written under an older contract fails loudly here, not on a screen. */
export function toScenario(row: ScenarioRow): Scenario {
  return {
    ...ScenarioDraft.parse(row.draft),
    id: row.id,
    builtIn: row.builtInKey !== null,
    retiredAt: row.retiredAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * Writes the shipped scenarios that are not there yet, on every start (demo or not). One that is
 * there already is left alone, so a trainer's edit or retirement survives every restart and upgrade.
 */
export async function installBuiltInScenarios(store: Store): Promise<void> {
  await store.transaction(async (tx) => {
    for (const [key, draft] of Object.entries(builtInScenarios)) {
      await tx.query('insert into training_scenarios (built_in_key, draft) values ($1, $2) on conflict (built_in_key) do nothing', [
        key,
        JSON.stringify(ScenarioDraft.parse(draft)),
      ]);
    }
  });
}

export async function listScenarios(db: Queryable, includeRetired: boolean): Promise<Scenario[]> {
  const rows = await db.query<ScenarioRow>(
    `${scenarioSelect} ${includeRetired ? '' : 'where retired_at is null'} order by retired_at nulls first, created_at, draft ->> 'title'`,
  );
  return rows.map(toScenario);
}

export async function readScenario(db: Queryable, id: string): Promise<Scenario> {
  const [row] = await db.query<ScenarioRow>(`${scenarioSelect} where id = $1`, [id]);
  if (!row) throw new ApiError(404, 'not_found');
  return toScenario(row);
}

/** The audit names the scenario, never its text. */
export async function createScenario(store: Store, auth: SignedIn, draft: ScenarioDraft): Promise<Scenario> {
  return store.transaction(async (tx) => {
    const [row] = await tx.query<ScenarioRow>(
      `insert into training_scenarios (draft, created_by, updated_by) values ($1, $2, $2)
       returning id, draft, built_in_key as "builtInKey", retired_at as "retiredAt", updated_at as "updatedAt"`,
      [JSON.stringify(draft), auth.staffId],
    );
    if (!row) throw new Error('scenario not written');
    await audit(tx, { staffId: auth.staffId, action: 'scenario.created', subjectType: 'training-scenario', subjectId: row.id });
    return toScenario(row);
  });
}

/** Mock calls already made keep the snapshot they were made with; only new calls get the edit. */
export async function updateScenario(store: Store, auth: SignedIn, id: string, draft: ScenarioDraft): Promise<Scenario> {
  return store.transaction(async (tx) => {
    const [row] = await tx.query<ScenarioRow>(
      `update training_scenarios set draft = $2, updated_by = $3, updated_at = now() where id = $1
       returning id, draft, built_in_key as "builtInKey", retired_at as "retiredAt", updated_at as "updatedAt"`,
      [id, JSON.stringify(draft), auth.staffId],
    );
    if (!row) throw new ApiError(404, 'not_found');
    await audit(tx, { staffId: auth.staffId, action: 'scenario.edited', subjectType: 'training-scenario', subjectId: id });
    return toScenario(row);
  });
}

/** Retiring twice keeps the first time; restoring clears it. */
export async function retireScenario(store: Store, auth: SignedIn, id: string, retired: boolean): Promise<Scenario> {
  return store.transaction(async (tx) => {
    const [row] = await tx.query<ScenarioRow>(
      `update training_scenarios
          set retired_at = case when $2 then coalesce(retired_at, now()) else null end, updated_by = $3, updated_at = now()
        where id = $1
       returning id, draft, built_in_key as "builtInKey", retired_at as "retiredAt", updated_at as "updatedAt"`,
      [id, retired, auth.staffId],
    );
    if (!row) throw new ApiError(404, 'not_found');
    await audit(tx, {
      staffId: auth.staffId,
      action: retired ? 'scenario.retired' : 'scenario.restored',
      subjectType: 'training-scenario',
      subjectId: id,
    });
    return toScenario(row);
  });
}
