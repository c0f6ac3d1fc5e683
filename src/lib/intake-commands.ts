import { create } from 'zustand';
import type { Intake } from '../contract';

/** Steps the note pad offers when a risk word is typed; the open intake form carries them out. */
export type IntakeStep = 'wishedDead' | 'suicidalThoughts' | 'plan' | 'behaviour' | 'attemptInProgress' | 'means' | 'timeFrame';

export interface IntakeActions {
  /** A step the note pad offers for a risk word. */
  applyStep(step: IntakeStep, word: string): void;
  /** A hand-off to 110 / 120 / 119 has begun: record it, its rescue now open. */
  recordHandoff(service: '110' | '120' | '119'): void;
  /** The form as it stands this instant, unsaved keystrokes included (for the hand-off packet). */
  current(): Intake;
}

interface IntakeCommands {
  apply: ((step: IntakeStep, word: string) => void) | null;
  recordHandoff: ((service: '110' | '120' | '119') => void) | null;
  current: (() => Intake) | null;
  register(actions: IntakeActions): () => void;
}

/**
 * The one door from the note pad and the transfer bar into the intake form: the form registers
 * its actions while it is mounted, so no feature reaches into another's state. It lives outside
 * the intake feature so that using it does not load the form (and its form library) early.
 */
export const useIntakeCommands = create<IntakeCommands>()((set, get) => ({
  apply: null,
  recordHandoff: null,
  current: null,
  register: (actions) => {
    set({ apply: actions.applyStep, recordHandoff: actions.recordHandoff, current: actions.current });
    return () => {
      if (get().apply === actions.applyStep) set({ apply: null, recordHandoff: null, current: null });
    };
  },
}));
