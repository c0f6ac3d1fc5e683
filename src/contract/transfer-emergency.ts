import type { TransferTarget } from './transfer';

export interface EmergencyChange {
  id: string;
  /** Null when the entry was added, or was no emergency entry before. */
  from: { number: string; emergency: boolean } | null;
  to: { number: string; emergency: boolean } | null;
}

/**
 * What a replacement changed about emergency entries (before or after): a 110 button that now
 * dials something else is what an audit must show, entry by entry, not as a count.
 */
export function emergencyChanges(before: readonly TransferTarget[], after: readonly TransferTarget[]): EmergencyChange[] {
  const ids = [...new Set([...before, ...after].filter((target) => target.emergency).map((target) => target.id))];
  const state = (targets: readonly TransferTarget[], id: string) => {
    const target = targets.find((candidate) => candidate.id === id);
    return target ? { number: target.number, emergency: target.emergency } : null;
  };
  return ids
    .map((id) => ({ id, from: state(before, id), to: state(after, id) }))
    .filter((change) => change.from?.number !== change.to?.number || change.from?.emergency !== change.to?.emergency);
}

/**
 * Whether the request names exactly the emergency entries it changes: a confirmation given for
 * another change (the directory changed meanwhile, or a script guessed) is no confirmation.
 */
export function confirmsEmergencyChanges(changes: readonly EmergencyChange[], confirmed: readonly string[]): boolean {
  const changed = new Set(changes.map((change) => change.id));
  return changed.size === new Set(confirmed).size && [...changed].every((id) => confirmed.includes(id));
}
