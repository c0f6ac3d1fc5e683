/**
 * The trainer's screens, one chunk: the mock-call console, the caller simulator and the training
 * library, trainees and rubric. Kept together so the helpers the simulator shares with the other
 * roles' screens stay in one chunk with the layout (a screen needing only some of them would split
 * them off, and the counsellor's first load would pay a request and ~0.2 KB for it).
 */
export { SimulatorPage } from './SimulatorPage';
export { TrainingPage } from './TrainingPage';
export { TrainingCallPage, TrainingScenariosPage, TrainingTraineesPage } from './TrainingLibraryPages';
