/** Simplified Chinese for the admin screens' `adminConfig` messages (loaded with them: zh-CN-admin.ts). */
export const zhCNConfig = {
  title: '系统配置',
};

/** Messages of the contract's own checks on these screens' input: a schema's `message: 'adminConfig.x'` shows `validation.adminConfig.x`. */
export const zhCNConfigValidation = {};
