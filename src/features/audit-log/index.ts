export { AuditLogScreen } from './AuditLogScreen';
