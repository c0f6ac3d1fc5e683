import type { TrainingMessages } from './messages';

/** English for the trainer's console, loaded with it (see zh-CN-training.ts). */
export const enTraining: TrainingMessages = {
  trainingLibrary: {
    title: 'Scenario library',
  },
  trainingConsole: {
    title: 'Training console',
  },
};
