export { CallerSimulator } from './CallerSimulator';
