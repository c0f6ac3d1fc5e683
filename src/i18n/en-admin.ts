import { enAuditLog, enAuditLogValidation } from './admin/en-audit';
import { enConfig, enConfigValidation } from './admin/en-config';
import { enReports, enReportsValidation } from './admin/en-reports';
import { enStaff, enStaffValidation } from './admin/en-staff';
import type { AdminMessages } from './messages';

/** English for running a centre, loaded with its screens (see zh-CN-admin.ts). */
export const enAdmin: AdminMessages = {
  adminNav: {
    label: 'Centre administration',
    console: 'Supervisor console',
    staff: 'Staff accounts',
    settings: 'Configuration',
    audit: 'Audit log',
    reports: 'Reports',
    simulator: 'Caller simulator',
  },
  adminStaff: enStaff,
  adminConfig: enConfig,
  auditLog: enAuditLog,
  reports: enReports,
  validation: {
    adminStaff: enStaffValidation,
    adminConfig: enConfigValidation,
    auditLog: enAuditLogValidation,
    reports: enReportsValidation,
  },
};
