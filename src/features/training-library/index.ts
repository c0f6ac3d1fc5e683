export { RubricView } from './RubricView';
export { ScenarioLibrary } from './ScenarioLibrary';
export { TraineeList } from './TraineeList';
export { TraineeProgressView } from './TraineeProgressView';
