import 'i18next';
import type { zhCN } from './zh-CN';
import type { zhCNAdmin } from './zh-CN-admin';
import type { zhCNForm } from './zh-CN-form';
import type { zhCNSupervisor } from './zh-CN-supervisor';
import type { zhCNTraining } from './zh-CN-training';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zhCN & typeof zhCNForm & typeof zhCNSupervisor & typeof zhCNTraining & typeof zhCNAdmin };
  }
}
