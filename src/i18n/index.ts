import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { AdminMessages, FormMessages, Messages, SupervisorMessages, TrainingMessages } from './messages';
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

/**
 * Messages that come with the part of the app that shows them, not with the first screen: the
 * record form and note pad (zh-CN-form.ts), the supervisor's console (zh-CN-supervisor.ts), the
 * trainer's console (zh-CN-training.ts), running a centre (zh-CN-admin.ts).
 */
const partLoaders = {
  form: {
    'zh-CN': async () => (await import('./zh-CN-form')).zhCNForm,
    en: async () => (await import('./en-form')).enForm,
  },
  supervisor: {
    'zh-CN': async () => (await import('./zh-CN-supervisor')).zhCNSupervisor,
    en: async () => (await import('./en-supervisor')).enSupervisor,
  },
  training: {
    'zh-CN': async () => (await import('./zh-CN-training')).zhCNTraining,
    en: async () => (await import('./en-training')).enTraining,
  },
  admin: {
    'zh-CN': async () => (await import('./zh-CN-admin')).zhCNAdmin,
    en: async () => (await import('./en-admin')).enAdmin,
  },
} satisfies Record<string, Record<Language, () => Promise<FormMessages | SupervisorMessages | TrainingMessages | AdminMessages>>>;
type Part = keyof typeof partLoaders;
const partsLoaded = new Set<`${Part}:${Language}`>();
const partsWanted = new Set<Part>();

async function ensureLoaded(language: Language): Promise<void> {
  if (!i18next.hasResourceBundle(language, 'translation')) {
    i18next.addResourceBundle(language, 'translation', await loaders[language]());
  }
  for (const part of partsWanted) {
    if (partsLoaded.has(`${part}:${language}`)) continue;
    // Deep: the form's part of a group (risk) joins the first screen's part of it.
    i18next.addResourceBundle(language, 'translation', await partLoaders[part][language](), true, true);
    partsLoaded.add(`${part}:${language}`);
  }
}

async function loadPart(part: Part): Promise<void> {
  partsWanted.add(part);
  await ensureLoaded(i18next.language === 'en' ? 'en' : 'zh-CN');
}

/** Before the record form or note pad renders: their messages, in the language shown and any chosen later. */
export const loadFormMessages = () => loadPart('form');

/** Before the supervisor's console renders: its messages, in the language shown and any chosen later. */
export const loadSupervisorMessages = () => loadPart('supervisor');

/** Before the trainer's console renders: its messages, in the language shown and any chosen later. */
export const loadTrainingMessages = () => loadPart('training');

/** Before a screen of running a centre renders (staff, configuration, audit log, reports). */
export const loadAdminMessages = () => loadPart('admin');

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
