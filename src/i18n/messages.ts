import type { zhCN } from './zh-CN';
import type { zhCNAdmin } from './zh-CN-admin';
import type { zhCNForm } from './zh-CN-form';
import type { zhCNSupervisor } from './zh-CN-supervisor';
import type { zhCNTraining } from './zh-CN-training';

type DeepStrings<T> = { readonly [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };

/** Every language has exactly the keys of the Chinese messages (checked by the compiler and a test). */
export type Messages = DeepStrings<typeof zhCN>;
/** The record form's and note pad's messages, loaded with them (loadFormMessages). */
export type FormMessages = DeepStrings<typeof zhCNForm>;
/** The supervisor's console's messages, loaded with it (loadSupervisorMessages). */
export type SupervisorMessages = DeepStrings<typeof zhCNSupervisor>;
/** The trainer's console's messages, loaded with it (loadTrainingMessages). */
export type TrainingMessages = DeepStrings<typeof zhCNTraining>;
/** Running a centre's messages (staff, configuration, audit log, reports), loaded with them (loadAdminMessages). */
export type AdminMessages = DeepStrings<typeof zhCNAdmin>;
