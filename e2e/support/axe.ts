import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

export type Theme = 'light' | 'dark';
export type Language = 'zh-CN' | 'en';

/** Every way a counsellor may be looking at a screen: both themes, both languages. */
export const views: { theme: Theme; language: Language }[] = [
  { theme: 'light', language: 'zh-CN' },
  { theme: 'dark', language: 'zh-CN' },
  { theme: 'light', language: 'en' },
  { theme: 'dark', language: 'en' },
];

/** One line per failing element, enough to find and fix it without opening a trace. */
export function describeViolations(where: string, violations: Violation[]): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `[${where}] ${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help} | at ${node.target.join(' ')} | ` +
        `${node.html.slice(0, 160)} | ${(node.failureSummary ?? '').replace(/\s*\n\s*/g, ' ')}`,
    ),
  );
}

/**
 * Switches the page to a theme and a language through the switches in its header, as a
 * counsellor would (a reload would end a call in progress).
 */
export async function showAs(page: Page, { theme, language }: { theme: Theme; language: Language }): Promise<void> {
  await page.getByRole('combobox', { name: /^(语言|Language)$/ }).selectOption(language);
  await page.getByRole('combobox', { name: /^(配色|Theme)$/ }).selectOption(theme);
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

/**
 * Runs axe-core (every rule it enables by default: WCAG 2.x A/AA and best practices) on the
 * page in each theme and language, then leaves it in light Chinese, where the page objects work.
 * `within` limits the check to part of the page (a selector). Resolves to the violations, described.
 */
export async function axeInEveryView(page: Page, screen: string, within?: string): Promise<string[]> {
  const found: string[] = [];
  for (const view of views) {
    await showAs(page, view);
    // Details of what passed are not needed, and collecting them doubles the time of a run; the
    // SPA has no frames, so axe need not open a blank page to gather frame results (legacy mode).
    const builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).setLegacyMode();
    const { violations } = await (within ? builder.include(within) : builder).analyze();
    found.push(...describeViolations(`${screen}, ${view.theme}, ${view.language}`, violations));
  }
  await showAs(page, { theme: 'light', language: 'zh-CN' });
  return found;
}
