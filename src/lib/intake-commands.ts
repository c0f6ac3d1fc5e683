import { create } from 'zustand';
import type { Intake, RiskWordStep } from '../contract';

/** Steps the note pad offers when a risk word is typed; the open intake form carries them out. */
export type IntakeStep = RiskWordStep;

export type EmergencyService = '110' | '120' | '119';

export interface IntakeActions {
  /** A step the note pad offers for a risk word. */
  applyStep(step: IntakeStep, word: string): void;
  /** A hand-off to 110 / 120 / 119 has begun: record it, its rescue now open. */
  recordHandoff(service: EmergencyService): void;
  /** The form as it stands this instant, unsaved keystrokes included (for the hand-off packet). */
  current(): Intake;
}

type IntakeCommand = { kind: 'step'; step: IntakeStep; word: string } | { kind: 'handoff'; service: EmergencyService };

interface IntakeCommands {
  /** The mounted form's actions, if a form is mounted. */
  form: IntakeActions | null;
  /** Commands given while no form was mounted (it loads lazily): carried out when one registers. */
  waiting: IntakeCommand[];
  applyStep(step: IntakeStep, word: string): void;
  recordHandoff(service: EmergencyService): void;
  /** The form's values this instant, or null when no form is mounted. */
  current(): Intake | null;
  register(actions: IntakeActions): () => void;
  /** A new record: commands meant for the last one are void. */
  forget(): void;
}

function run(form: IntakeActions, command: IntakeCommand): void {
  if (command.kind === 'step') form.applyStep(command.step, command.word);
  else form.recordHandoff(command.service);
}

/**
 * The one door from the note pad and the transfer bar into the intake form: the form registers
 * its actions while it is mounted, so no feature reaches into another's state. It lives outside
 * the intake feature so that using it does not load the form (and its form library) early.
 */
export const useIntakeCommands = create<IntakeCommands>()((set, get) => {
  const give = (command: IntakeCommand) => {
    const { form } = get();
    if (form) run(form, command);
    else set((state) => ({ waiting: [...state.waiting, command] }));
  };
  return {
    form: null,
    waiting: [],
    applyStep: (step, word) => give({ kind: 'step', step, word }),
    recordHandoff: (service) => give({ kind: 'handoff', service }),
    current: () => get().form?.current() ?? null,
    register: (actions) => {
      const waiting = get().waiting;
      set({ form: actions, waiting: [] });
      for (const command of waiting) run(actions, command);
      return () => {
        if (get().form === actions) set({ form: null });
      };
    },
    forget: () => set({ waiting: [] }),
  };
});
