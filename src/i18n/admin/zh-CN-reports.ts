/** Simplified Chinese for the admin screens' `reports` messages (loaded with them: zh-CN-admin.ts). */
export const zhCNReports = {
  title: '统计报表',
};

/** Messages of the contract's own checks on these screens' input: a schema's `message: 'reports.x'` shows `validation.reports.x`. */
export const zhCNReportsValidation = {};
