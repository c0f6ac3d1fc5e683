import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = resolve(__dirname, '..');

const isFile = (path: string) => existsSync(path) && statSync(path).isFile();

function resolveModule(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(from), specifier);
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find(isFile) ?? null;
}

/**
 * What the browser must load with a module: everything it imports statically, transitively.
 * `import()` is left out, as Vite splits there: that is how the other screens stay out.
 */
function staticClosure(entries: string[]): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/^\s*(?:import|export)\s+(?!type\b)[^'";]*?from\s+'([^']+)'|^\s*import\s+'([^']+)'/gm)) {
      const specifier = match[1] ?? match[2] ?? '';
      const resolved = resolveModule(file, specifier);
      if (resolved) visit(resolved);
      else if (!specifier.startsWith('.')) packages.add(specifier);
    }
  };
  entries.forEach(visit);
  return { files, packages };
}

describe('the counsellor’s first load', () => {
  const { files, packages } = staticClosure([join(src, 'main.tsx'), join(src, 'app/WorkstationPage.tsx')]);

  it('is followed through the app (the check sees what it should)', () => {
    expect(files.has(join(src, 'app/App.tsx'))).toBe(true);
    expect(files.has(join(src, 'features/softphone/Softphone.tsx'))).toBe(true);
  });

  it('holds nothing of the supervisor’s console: not its screen, its feature, its messages or its chart library', () => {
    const stray = [...files].map((file) => relative(src, file)).filter((file) => /supervisor/i.test(file));
    expect(stray).toEqual([]);
    expect([...packages].filter((name) => name.startsWith('uplot'))).toEqual([]);
  });

  it('holds nothing of record review: its screen, its contract, or the review a counsellor opens', () => {
    expect([...files].map((file) => relative(src, file)).filter((file) => /review/i.test(file))).toEqual([]);
  });
});
