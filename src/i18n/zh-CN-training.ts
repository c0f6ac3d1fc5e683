/**
 * Simplified Chinese for the trainer's console (scenario library, mock calls, scoring, trainee
 * progress): loaded with its screen, never with the counsellor's first load (README budget).
 * `trainingLibrary` holds the library, scoring and progress screens; `trainingConsole` the mock call.
 */
export const zhCNTraining = {
  trainingLibrary: {
    title: '情景案例库',
  },
  trainingConsole: {
    title: '培训台',
  },
};
