import type { TransferTarget, TransferTargetKind, ValidationIssue } from '../../src/contract';
import type { ProvinceKey } from '../provinces';
import type { Queryable, Store } from '../store/store';
import { defaultTransferTargets } from './default-directory';

const emergencyKinds: readonly TransferTargetKind[] = ['police', 'ambulance', 'fire'];

/**
 * Writes the default directory only into an empty table, so an admin's edits survive restarts.
 * API processes starting together take turns, so only one of them writes it.
 */
export async function seedTransferTargets(store: Store, provinceKey: ProvinceKey): Promise<void> {
  await store.transaction(async (tx) => {
    await tx.query("select pg_advisory_xact_lock(hashtext('seed:transfer-targets'))");
    const existing = await tx.query('select 1 from transfer_targets limit 1');
    if (existing.length === 0) await writeTargets(tx, defaultTransferTargets(provinceKey));
  });
}

export async function loadTransferTargets(db: Queryable): Promise<TransferTarget[]> {
  return db.query<TransferTarget>(
    `select id, kind, name_zh as "nameZh", name_en as "nameEn", number, emergency
       from transfer_targets order by sort_order`,
  );
}

/** Replaces the whole directory; run it in a transaction so readers never see it half written. */
export async function replaceTransferTargets(tx: Queryable, targets: readonly TransferTarget[]): Promise<void> {
  await tx.query('delete from transfer_targets');
  await writeTargets(tx, targets);
}

async function writeTargets(tx: Queryable, targets: readonly TransferTarget[]): Promise<void> {
  for (const [order, target] of targets.entries()) {
    await tx.query(
      `insert into transfer_targets (id, kind, name_zh, name_en, number, emergency, sort_order)
       values ($1, $2, $3, $4, $5, $6, $7)`,
      [target.id, target.kind, target.nameZh, target.nameEn, target.number, target.emergency, order],
    );
  }
}

/**
 * What the contract's schema cannot see entry by entry: a repeated id (the workstation keys its
 * buttons by id), an emergency button that is no emergency service, an entry nobody can dial, and a
 * supervisor entry with a fixed number where the API puts in whoever is on duty.
 */
export function transferTargetIssues(targets: readonly TransferTarget[]): ValidationIssue[] {
  return targets.flatMap((target, index): ValidationIssue[] => {
    const at = (field: keyof TransferTarget) => ({ path: ['targets', index, field], message: 'invalid' });
    const issues: ValidationIssue[] = [];
    if (targets.findIndex((other) => other.id === target.id) < index) issues.push(at('id'));
    if (target.emergency && !emergencyKinds.includes(target.kind)) issues.push(at('emergency'));
    if ((target.kind === 'supervisor') !== (target.number === '')) issues.push(at('number'));
    return issues;
  });
}
