import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { FormMessages, Messages, SupervisorMessages } from './messages';
import { zhCN } from './zh-CN';
import { readPreference, writePreference } from '../lib/preference';

export const languages = ['zh-CN', 'en'] as const;
export type Language = (typeof languages)[number];

/** The UI language is a preference, not personal data, so it may live in localStorage. */
const LANGUAGE_KEY = 'workstation.language';

/** Chinese ships with the first screen; other languages load when chosen. */
const loaders: Record<Language, () => Promise<Messages>> = {
  'zh-CN': async () => zhCN,
  en: async () => (await import('./en')).en,
};

export function storedLanguage(): Language {
  return readPreference(LANGUAGE_KEY, languages, 'zh-CN');
}

/** The record form's messages come with the form, not the first screen (zh-CN-form.ts). */
const formLoaders: Record<Language, () => Promise<FormMessages>> = {
  'zh-CN': async () => (await import('./zh-CN-form')).zhCNForm,
  en: async () => (await import('./en-form')).enForm,
};
/** The supervisor's screens' messages (zh-CN-supervisor.ts): never part of a counsellor's first load. */
const supervisorLoaders: Record<Language, () => Promise<SupervisorMessages>> = {
  'zh-CN': async () => (await import('./zh-CN-supervisor')).zhCNSupervisor,
  en: async () => (await import('./en-supervisor')).enSupervisor,
};
type LazyGroup = 'form' | 'supervisor';
const lazyLoaders: Record<LazyGroup, Record<Language, () => Promise<FormMessages | SupervisorMessages>>> = {
  form: formLoaders,
  supervisor: supervisorLoaders,
};
const lazyLoaded = new Set<`${LazyGroup}:${Language}`>();
const lazyWanted = new Set<LazyGroup>();

async function ensureLoaded(language: Language): Promise<void> {
  if (!i18next.hasResourceBundle(language, 'translation')) {
    i18next.addResourceBundle(language, 'translation', await loaders[language]());
  }
  for (const group of lazyWanted) {
    if (lazyLoaded.has(`${group}:${language}`)) continue;
    // Deep: a lazy group's part of a key (the form's part of `risk`) joins the first screen's part of it.
    i18next.addResourceBundle(language, 'translation', await lazyLoaders[group][language](), true, true);
    lazyLoaded.add(`${group}:${language}`);
  }
}

async function loadGroup(group: LazyGroup): Promise<void> {
  lazyWanted.add(group);
  await ensureLoaded(i18next.language === 'en' ? 'en' : 'zh-CN');
}

/** Before the record form or note pad renders: their messages, in the language shown and any chosen later. */
export const loadFormMessages = (): Promise<void> => loadGroup('form');

/** Before a supervisor's panel renders: its messages, in the language shown and any chosen later. */
export const loadSupervisorMessages = (): Promise<void> => loadGroup('supervisor');

export async function setLanguage(language: Language): Promise<void> {
  // Not stored (private mode, a full quota): the choice just lasts for this page.
  writePreference(LANGUAGE_KEY, language);
  await ensureLoaded(language);
  document.documentElement.lang = language;
  await i18next.changeLanguage(language);
}

export async function initI18n(language: Language = storedLanguage()) {
  if (!i18next.isInitialized) {
    await i18next.use(initReactI18next).init({
      resources: { 'zh-CN': { translation: zhCN } },
      lng: 'zh-CN',
      fallbackLng: 'zh-CN',
      interpolation: { escapeValue: false },
    });
  }
  await ensureLoaded(language);
  await i18next.changeLanguage(language);
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  return i18next;
}

export { zhCN };
export type { Messages } from './messages';
