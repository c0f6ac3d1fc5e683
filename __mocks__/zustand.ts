import { vi } from 'vitest';
import type * as Zustand from 'zustand';
import { rememberInitialState } from '../src/test/zustand-reset';

// zustand's documented test set-up (guides/testing, Vitest): every store made with `create`
// records its initial state so src/test/setup.ts can reset it after each test.
export * from 'zustand';

const { create: actualCreate } = await vi.importActual<typeof Zustand>('zustand');

const createUncurried = <T>(stateCreator: Zustand.StateCreator<T>) => {
  const store = actualCreate(stateCreator);
  rememberInitialState(store);
  return store;
};

export const create = (<T>(stateCreator?: Zustand.StateCreator<T>) =>
  stateCreator === undefined ? createUncurried : createUncurried(stateCreator)) as typeof Zustand.create;
