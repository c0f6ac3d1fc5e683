import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Messages } from './messages';
import { zhCN } from './zh-CN';

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
  try {
    const stored = localStorage.getItem(LANGUAGE_KEY);
    return languages.find((language) => language === stored) ?? 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

async function ensureLoaded(language: Language): Promise<void> {
  if (i18next.hasResourceBundle(language, 'translation')) return;
  i18next.addResourceBundle(language, 'translation', await loaders[language]());
}

export async function setLanguage(language: Language): Promise<void> {
  try {
    localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // Private mode or a full quota: the choice just lasts for this page.
  }
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
