/**
 * The screens of running a centre (#15), one chunk with their messages (zh-CN-admin.ts): staff
 * accounts, configuration, the audit log and reports. Admins and supervisors only; a counsellor's
 * browser never downloads it.
 */
export { AdminSettingsPage } from './AdminSettingsPage';
export { AdminStaffPage } from './AdminStaffPage';
export { AuditLogPage } from './AuditLogPage';
export { ReportsPage } from './ReportsPage';
