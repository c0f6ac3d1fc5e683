import { vi } from 'vitest';
import type * as ZustandVanilla from 'zustand/vanilla';
import { rememberInitialState } from '../../src/test/zustand-reset';

// The same as ../zustand.ts for stores made with `createStore` (the phone's store).
export * from 'zustand/vanilla';

const { createStore: actualCreateStore } = await vi.importActual<typeof ZustandVanilla>('zustand/vanilla');

const createStoreUncurried = <T>(stateCreator: ZustandVanilla.StateCreator<T>) => {
  const store = actualCreateStore(stateCreator);
  rememberInitialState(store);
  return store;
};

export const createStore = (<T>(stateCreator?: ZustandVanilla.StateCreator<T>) =>
  stateCreator === undefined ? createStoreUncurried : createStoreUncurried(stateCreator)) as typeof ZustandVanilla.createStore;
