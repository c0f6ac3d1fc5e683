import type { StoreApi } from 'zustand/vanilla';

/**
 * Every zustand store a test file creates, with the state it began with: module-level stores
 * (the record, the transfer tracker, the intake commands…) outlive a test, so one test's state
 * would otherwise leak into the next. Filled by the zustand mocks in `__mocks__/`.
 * Keyed by `setState` because `create` builds on `createStore`: one store, one entry.
 */
const resets = new Map<unknown, () => void>();

export function rememberInitialState<T>(store: StoreApi<T>): void {
  const initial = store.getInitialState();
  resets.set(store.setState, () => store.setState(initial, true));
}

export function resetZustandStores(): void {
  for (const reset of resets.values()) reset();
}
