import type { AdminMessages } from '../messages';

/** English for the admin screens' `adminConfig` messages (see zh-CN-config.ts). */
export const enConfig: AdminMessages['adminConfig'] = {
  title: 'Configuration',
};

export const enConfigValidation: AdminMessages['validation']['adminConfig'] = {};
