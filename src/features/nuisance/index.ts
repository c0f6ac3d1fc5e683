export { NuisanceListPanel } from './NuisanceListPanel';
