import type { AdminMessages } from '../messages';

/** English for the admin screens' `reports` messages (see zh-CN-reports.ts). */
export const enReports: AdminMessages['reports'] = {
  title: 'Reports',
};

export const enReportsValidation: AdminMessages['validation']['reports'] = {};
