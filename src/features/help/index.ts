export { HelpPanel } from './HelpPanel';
