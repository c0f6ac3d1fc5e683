export { ConfigSections } from './ConfigSections';
