import { afterEach, describe, expect, it, vi } from 'vitest';
import css from '../index.css?raw';
import indexHtml from '../../index.html?raw';
import { resolveTheme, themeChoices, THEME_KEY, type Theme, type ThemeChoice } from './theme';

function systemIs(theme: Theme) {
  vi.stubGlobal('matchMedia', (query: string) => ({ matches: theme === 'dark' && query === '(prefers-color-scheme: dark)' }));
}

afterEach(() => {
  vi.unstubAllGlobals();
  delete document.documentElement.dataset.theme;
});

const table: [ThemeChoice, systemDark: boolean, Theme][] = [
  ['system', false, 'light'],
  ['system', true, 'dark'],
  ['light', false, 'light'],
  ['light', true, 'light'],
  ['dark', false, 'dark'],
  ['dark', true, 'dark'],
];

describe('resolveTheme', () => {
  it.each(table)('%s with a %s dark system shows %s', (choice, systemDark, theme) => {
    expect(resolveTheme(choice, systemDark)).toBe(theme);
  });
});

describe("index.html's boot script (the theme before first paint)", () => {
  const boot = /<script>([\s\S]*?)<\/script>/.exec(indexHtml)?.[1] ?? '';

  it.each(table)('agrees with resolveTheme: %s, system dark %s → %s', (choice, systemDark, theme) => {
    systemIs(systemDark ? 'dark' : 'light');
    localStorage.setItem(THEME_KEY, choice);
    new Function(boot)();
    expect(document.documentElement.dataset.theme).toBe(theme);
  });

  it('follows the system when nothing, or something unknown, is stored', () => {
    systemIs('dark');
    new Function(boot)();
    expect(document.documentElement.dataset.theme).toBe('dark');
    localStorage.setItem(THEME_KEY, 'sepia');
    systemIs('light');
    new Function(boot)();
    expect(document.documentElement.dataset.theme).toBe('light');
  });

  it('knows every choice the switch offers', () => {
    for (const choice of themeChoices) expect(boot).toContain(choice === 'system' ? 'prefers-color-scheme: dark' : `'${choice}'`);
  });
});

describe('the dark palette', () => {
  const sources = import.meta.glob('../**/*.tsx', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
  const used = new Set<string>();
  const utility = /\b(?:bg|text|border|ring|outline|divide|placeholder|accent|fill|stroke|decoration|shadow|caret|from|via|to)-([a-z]+(?:-\d{2,3})?)\b/g;
  const palette = /^(?:white|black|(?:slate|gray|zinc|neutral|stone|red|orange|amber|yellow|lime|green|emerald|teal|cyan|sky|blue|indigo|violet|purple|fuchsia|pink|rose)-\d{2,3})$/;
  for (const [path, text] of Object.entries(sources)) {
    if (path.endsWith('.test.tsx')) continue;
    for (const [, colour] of text.matchAll(utility)) if (colour && palette.test(colour)) used.add(colour);
  }
  const dark = /:root\[data-theme='dark'\]\s*\{([\s\S]*?)\}/.exec(css)?.[1] ?? '';

  it('has a dark value for every colour a component uses', () => {
    expect(used.size).toBeGreaterThan(20);
    const missing = [...used].filter((colour) => !dark.includes(`--color-${colour}:`));
    expect(missing).toEqual([]);
  });
});
