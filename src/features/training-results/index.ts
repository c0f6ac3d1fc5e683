export { TrainingResults } from './TrainingResults';
