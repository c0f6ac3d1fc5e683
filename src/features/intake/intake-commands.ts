import { create } from 'zustand';

/** Steps the note pad offers when a risk word is typed; the open intake form carries them out. */
export type IntakeStep = 'wishedDead' | 'suicidalThoughts' | 'plan' | 'behaviour' | 'attemptInProgress' | 'means' | 'timeFrame';

interface IntakeCommands {
  apply: ((step: IntakeStep, word: string) => void) | null;
  register(apply: (step: IntakeStep, word: string) => void): () => void;
}

/**
 * The one door from the note pad into the intake form: the form registers how to apply a step
 * while it is mounted, so neither feature reaches into the other's state.
 */
export const useIntakeCommands = create<IntakeCommands>()((set, get) => ({
  apply: null,
  register: (apply) => {
    set({ apply });
    return () => {
      if (get().apply === apply) set({ apply: null });
    };
  },
}));
