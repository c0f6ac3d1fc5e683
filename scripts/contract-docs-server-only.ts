import ts from 'typescript';
import type { Plugin } from 'vite';

/**
 * The contract's endpoint summaries and schema descriptions are prose for the OpenAPI document,
 * which only the server writes; the browser never shows them. In the browser build each such
 * string literal becomes '' (about 2 KB gzip of the counsellor's first load, which has a 230 KB
 * budget). Only string literals directly under `summary:` or `description:` keys in the
 * contract's own files are touched, so nothing the browser reads changes.
 */
const contractFile = /\/src\/contract\/[^/]+\.ts$/;
const proseKeys = new Set(['summary', 'description']);

export function contractDocsServerOnly(): Plugin {
  return {
    name: 'contract-docs-server-only',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!contractFile.test(id) || id.endsWith('.test.ts')) return null;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
      const spans: Array<[number, number]> = [];
      const visit = (node: ts.Node) => {
        if (
          ts.isPropertyAssignment(node) &&
          ts.isIdentifier(node.name) &&
          proseKeys.has(node.name.text) &&
          (ts.isStringLiteral(node.initializer) || ts.isNoSubstitutionTemplateLiteral(node.initializer))
        ) {
          spans.push([node.initializer.getStart(source), node.initializer.getEnd()]);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      if (spans.length === 0) return null;
      let out = code;
      for (const [start, end] of spans.reverse()) out = `${out.slice(0, start)}''${out.slice(end)}`;
      return { code: out, map: null };
    },
  };
}
