import { AsyncLocalStorage } from 'node:async_hooks';
import type { LiveBus } from '../events/bus';
import type { Store, Transaction } from '../store/store';

/** The mock call a request is about (issue #14): everything it writes is training data. */
export interface TrainingScope {
  trainingCallId: string;
  traineeId: string;
  trainerId: string;
}

const scopes = new AsyncLocalStorage<TrainingScope>();

/**
 * `local`: for this transaction only. Several API processes may share one PostgreSQL pool, and a
 * session-wide search_path would follow the pooled connection into the next, real, request.
 */
const trainingSearchPath = 'set local search_path to training, public';

/** The rest of this transaction writes training data: for a mock call's own story, audited with it. */
export async function useTrainingSchema(tx: Transaction): Promise<void> {
  await tx.query(trainingSearchPath);
}

export function currentTrainingScope(): TrainingScope | undefined {
  return scopes.getStore();
}

/** Runs `fn` with the scope set for every store and bus call it makes, however deep. */
export function runInTrainingScope<T>(scope: TrainingScope, fn: () => Promise<T>): Promise<T> {
  return scopes.run(scope, fn);
}

/** Runs `fn` on real data, e.g. to answer the real seat to a request about a mock call. */
export function outsideTrainingScope<T>(fn: () => Promise<T>): Promise<T> {
  return scopes.exit(fn);
}

const unscoped = Symbol('unscoped store');
type ScopedStore = Store & { [unscoped]: Store };

/**
 * The store every request uses: outside a scope it is the store itself; inside one, every
 * transaction first puts the `training` schema ahead of `public`, and a bare query runs in such a
 * transaction. The record code's unqualified names (contacts, handoffs, audit_log …) then mean the
 * training twins, while staff, centres and settings, which have no twin, are still read as they are.
 */
export function trainingAwareStore(store: Store): Store {
  if (unscoped in store) return store;
  const base = store;
  const inScope = async <T>(fn: (tx: Transaction) => Promise<T>): Promise<T> =>
    base.transaction(async (tx) => {
      await tx.query(trainingSearchPath);
      return fn(tx);
    });
  const scoped: ScopedStore = {
    kind: base.kind,
    [unscoped]: base,
    query: <T>(sql: string, params?: readonly unknown[]) =>
      currentTrainingScope() ? inScope((tx) => tx.query<T>(sql, params)) : base.query<T>(sql, params),
    transaction: (fn) => (currentTrainingScope() ? inScope(fn) : base.transaction(fn)),
    close: () => base.close(),
  };
  return scoped;
}

/**
 * Inside a scope, a change to the record of a mock call is told to the trainer as one training
 * change: never a seat, queue, alert or rescue change a real board or counsellor would show.
 */
export function trainingAwareLive(live: LiveBus): LiveBus {
  return {
    publish: (change) => {
      const scope = currentTrainingScope();
      const told = scope ? ({ kind: 'training', trainingCallId: scope.trainingCallId } as const) : change;
      // Subscribers (the event hub) read what changed afresh, as they would for a change from another process.
      return scopes.exit(() => live.publish(told));
    },
    subscribe: (listener) => live.subscribe(listener),
    close: () => live.close(),
  };
}

/** Reads or writes a mock call's training data, e.g. to score its record (TLIB). */
export function inTrainingScope<T>(store: Store, scope: TrainingScope, fn: (db: Store) => Promise<T>): Promise<T> {
  const db = trainingAwareStore(store);
  return runInTrainingScope(scope, () => fn(db));
}
