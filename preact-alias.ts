// The workstation is written against React's API and runs on Preact's compat layer: React DOM
// alone was a third of the counsellor screen's download (issue #2's ≤ 180 KB budget). Exact
// matches only, so `react-i18next` and the like are not caught by the `react` prefix.
export const reactOnPreact = [
  { find: /^react-dom\/test-utils$/, replacement: 'preact/test-utils' },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/compat/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/compat/jsx-dev-runtime' },
  { find: /^react$/, replacement: 'preact/compat' },
  // A CommonJS shim for React < 18 that react-i18next still imports; compat has the hook itself.
  { find: /^use-sync-external-store\/shim(\/index\.js)?$/, replacement: 'preact/compat' },
];
