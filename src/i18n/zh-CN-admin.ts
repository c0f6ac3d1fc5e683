import { zhCNAuditLog, zhCNAuditLogValidation } from './admin/zh-CN-audit';
import { zhCNConfig, zhCNConfigValidation } from './admin/zh-CN-config';
import { zhCNReports, zhCNReportsValidation } from './admin/zh-CN-reports';
import { zhCNStaff, zhCNStaffValidation } from './admin/zh-CN-staff';

/**
 * Simplified Chinese for running a centre (#15): staff accounts, configuration, the audit log and
 * reports. Loaded with those screens (admins', and supervisors' for their centre), never with the
 * counsellor's first load (README budget). Each screen's messages are a file of their own in admin/.
 */
export const zhCNAdmin = {
  adminNav: {
    label: '中心管理',
    console: '督导台',
    staff: '人员账号',
    settings: '系统配置',
    audit: '审计日志',
    reports: '统计报表',
    simulator: '来电模拟器',
  },
  adminStaff: zhCNStaff,
  adminConfig: zhCNConfig,
  auditLog: zhCNAuditLog,
  reports: zhCNReports,
  validation: {
    adminStaff: zhCNStaffValidation,
    adminConfig: zhCNConfigValidation,
    auditLog: zhCNAuditLogValidation,
    reports: zhCNReportsValidation,
  },
};
