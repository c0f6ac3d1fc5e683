import { describe, expect, it } from 'vitest';
import { create } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { resetZustandStores } from './zustand-reset';

interface Counter {
  count: number;
  add(): void;
}

describe('zustand stores in component tests', () => {
  it('go back to their initial state, whether made with create or createStore', () => {
    const bound = create<Counter>()((set) => ({ count: 0, add: () => set((state) => ({ count: state.count + 1 })) }));
    const vanilla = createStore<Counter>((set) => ({ count: 10, add: () => set((state) => ({ count: state.count + 1 })) }));
    bound.getState().add();
    vanilla.getState().add();
    expect([bound.getState().count, vanilla.getState().count]).toEqual([1, 11]);

    resetZustandStores();

    expect([bound.getState().count, vanilla.getState().count]).toEqual([0, 10]);
    bound.getState().add();
    expect(bound.getState().count).toBe(1);
  });
});
