/** Simplified Chinese for the admin screens' `auditLog` messages (loaded with them: zh-CN-admin.ts). */
export const zhCNAuditLog = {
  title: '审计日志',
};

/** Messages of the contract's own checks on these screens' input: a schema's `message: 'auditLog.x'` shows `validation.auditLog.x`. */
export const zhCNAuditLogValidation = {};
