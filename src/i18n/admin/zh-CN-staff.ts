/** Simplified Chinese for the admin screens' `adminStaff` messages (loaded with them: zh-CN-admin.ts). */
export const zhCNStaff = {
  title: '人员账号',
};

/** Messages of the contract's own checks on these screens' input: a schema's `message: 'adminStaff.x'` shows `validation.adminStaff.x`. */
export const zhCNStaffValidation = {};
