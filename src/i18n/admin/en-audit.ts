import type { AdminMessages } from '../messages';

/** English for the admin screens' `auditLog` messages (see zh-CN-audit.ts). */
export const enAuditLog: AdminMessages['auditLog'] = {
  title: 'Audit log',
};

export const enAuditLogValidation: AdminMessages['validation']['auditLog'] = {};
