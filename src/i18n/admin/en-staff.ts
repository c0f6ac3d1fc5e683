import type { AdminMessages } from '../messages';

/** English for the admin screens' `adminStaff` messages (see zh-CN-staff.ts). */
export const enStaff: AdminMessages['adminStaff'] = {
  title: 'Staff accounts',
};

export const enStaffValidation: AdminMessages['validation']['adminStaff'] = {};
