import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/**
 * Zod 4's classic schemas import its JSON-Schema generator (about 5.5 KB gzip) so that any schema
 * can describe itself. Only the server writes JSON Schema (the OpenAPI document); the browser only
 * parses. In the browser build these two modules are replaced by ones with the same exports, each
 * of which throws if anything ever calls it, so a future use fails loudly in the end-to-end tests
 * rather than silently. This is what keeps the counsellor's first load within its budget.
 */
const replaced = /zod\/v4\/core\/(json-schema-processors|to-json-schema)\.js$/;
const prefix = '\0zod-json-schema-server-only:';

export function zodWithoutJsonSchema(): Plugin {
  return {
    name: 'zod-without-json-schema',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer?.includes('/node_modules/zod/') || !/json-schema/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && replaced.test(resolved.id) ? prefix + resolved.id : null;
    },
    load(id) {
      if (!id.startsWith(prefix)) return null;
      const original = readFileSync(id.slice(prefix.length), 'utf8');
      const names = new Set<string>();
      for (const match of original.matchAll(/^export (?:const|function|let|class) (\w+)/gm)) names.add(match[1] as string);
      for (const match of original.matchAll(/^export \{([^}]*)\}/gm)) {
        for (const part of (match[1] as string).split(',')) {
          const name = part.trim().split(/\s+as\s+/).pop();
          if (name) names.add(name);
        }
      }
      const body = [...names].map((name) => `export const ${name} = serverOnly;`).join('\n');
      return `function serverOnly() { throw new Error('JSON Schema is generated on the server only'); }\n${body}\n`;
    },
  };
}
