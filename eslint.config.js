import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';

const features = readdirSync('src/features', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/**
 * Layers run one way (design.md §5): app → features → (telephony, api, components, lib) → contract.
 * A feature reaches another only through that feature's index.ts; nothing imports the app; the
 * server shares only the contract.
 */
const layerZones = [
  { target: './src/contract', from: './src', except: ['./contract'], message: 'The contract depends on nothing else in src.' },
  ...['telephony', 'api', 'components', 'lib', 'i18n', 'mocks'].map((layer) => ({
    target: `./src/${layer}`,
    from: './src/features',
    message: 'Shared layers must not depend on features.',
  })),
  ...['contract', 'api', 'telephony', 'components', 'lib', 'i18n', 'mocks', 'features', 'test'].map((layer) => ({
    target: `./src/${layer}`,
    from: './src/app',
    message: 'Nothing imports from the app shell.',
  })),
  ...features.flatMap((feature) =>
    features
      .filter((other) => other !== feature)
      .map((other) => ({
        target: `./src/features/${feature}`,
        from: `./src/features/${other}`,
        except: ['./index.ts'],
        message: `Use the ${other} feature through its index.ts only.`,
      })),
  ),
  { target: './server', from: './src', except: ['./contract'], message: 'The server shares only src/contract with the SPA.' },
];

export default tseslint.config(
  { ignores: ['dist', 'bench/render/dist', 'bench/raw-phone/dist', 'node_modules', 'mock-public/mockServiceWorker.js', 'test-results', 'playwright-report', '.run', 'data'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: ['tsconfig.app.json', 'tsconfig.node.json'], noWarnOnMultipleProjects: true })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'sip.js', message: 'Only src/telephony talks to sip.js (design.md house rules).' }],
          patterns: [{ group: ['sip.js/*'], message: 'Only src/telephony talks to sip.js (design.md house rules).' }],
        },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The app does not use the React Compiler; this only warns that it would skip form components.
      'react-hooks/incompatible-library': 'off',
      // zod's derived getters run its JSON-Schema code, which the browser build leaves out
      // (scripts/zod-without-json-schema.ts): they throw in the browser, never in vitest.
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name!='Number'][property.name=/^(minValue|maxValue|minLength|maxLength|isInt|isFinite)$/]",
          message: 'Throws in the browser build (zod JSON-Schema code is server-only): read the bounds from the schema’s checks (numberRange in src/features/centre-config/units.ts).',
        },
      ],
    },
  },
  {
    files: ['src/telephony/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['server/**', 'pbx/**', 'scripts/**', 'bench/**', 'e2e/**'],
    rules: { 'no-console': 'off' },
  },
);
