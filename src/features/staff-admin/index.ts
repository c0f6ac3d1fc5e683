export { StaffAdmin } from './StaffAdmin';
