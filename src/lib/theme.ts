import { readPreference, writePreference } from './preference';

export const themeChoices = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof themeChoices)[number];
export type Theme = 'light' | 'dark';

/**
 * A display preference, not personal data, so it may live in localStorage. index.html's boot
 * script reads the same key to set the theme before first paint.
 */
export const THEME_KEY = 'workstation.theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

/** The theme a choice shows, given whether the system asks for dark. */
export function resolveTheme(choice: ThemeChoice, systemPrefersDark: boolean): Theme {
  if (choice === 'system') return systemPrefersDark ? 'dark' : 'light';
  return choice;
}

export function storedTheme(): ThemeChoice {
  return readPreference(THEME_KEY, themeChoices, 'system');
}

function systemQuery(): MediaQueryList | undefined {
  return typeof window.matchMedia === 'function' ? window.matchMedia(DARK_QUERY) : undefined;
}

function apply(choice: ThemeChoice): void {
  document.documentElement.dataset.theme = resolveTheme(choice, systemQuery()?.matches ?? false);
}

const listeners = new Set<() => void>();
/** Only while storage refuses the choice (private mode, a full quota): it then lasts for this page. */
let unsaved: ThemeChoice | undefined;

export function themeChoice(): ThemeChoice {
  return unsaved ?? storedTheme();
}

export function setTheme(choice: ThemeChoice): void {
  unsaved = writePreference(THEME_KEY, choice) ? undefined : choice;
  apply(choice);
  for (const listener of listeners) listener();
}

/** For useSyncExternalStore: called whenever the counsellor changes the choice. */
export function subscribeTheme(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Applies the stored choice and, while it is `system`, follows the system setting as it changes
 * (a desktop that turns dark at dusk turns the workstation with it, mid-shift).
 */
export function startTheme(): () => void {
  apply(themeChoice());
  const query = systemQuery();
  const follow = () => apply(themeChoice());
  query?.addEventListener('change', follow);
  return () => query?.removeEventListener('change', follow);
}
