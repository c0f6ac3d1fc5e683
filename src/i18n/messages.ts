import type { zhCN } from './zh-CN';

type DeepStrings<T> = { readonly [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };

/** Every language has exactly the keys of the Chinese messages (checked by the compiler and a test). */
export type Messages = DeepStrings<typeof zhCN>;
