// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Browser globals that only pages and extension pages have: background code must not reach for them. */
const DOM_GLOBALS = [
  'window',
  'document',
  'navigator',
  'location',
  'HTMLElement',
  'Node',
  'Element',
  'MutationObserver',
];

/** Imports between folders go through `@/`; `./` stays for a module's own neighbours. */
const IMPORT_STYLE = [
  { group: ['~/*', '~'], message: 'Use the `@/` alias.' },
  { group: ['../*'], message: 'Import other folders through `@/`.' },
];

/** WXT's extension APIs, for modules that must reach them only through the glue in lib/content and lib/settings. */
const NO_EXTENSION_APIS = {
  name: '#imports',
  importNames: ['browser', 'storage'],
  allowTypeImports: true,
  message: 'Extension APIs go through lib/content, lib/settings or lib/messages.',
};

const restrict = (patterns = [], paths = []) => ({
  'no-restricted-imports': ['error', { patterns: [...IMPORT_STYLE, ...patterns], paths }],
});

export default tseslint.config(
  {
    ignores: ['.output*/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'bench-results/**', 'tests/fixtures/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: restrict(),
  },
  {
    // Node scripts run without the bundler's alias.
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Tests reach into pages and browser objects whose types the page does not share with us.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // The background runs in a service worker (Chrome) or an event page (Firefox): no DOM to touch.
    files: ['entrypoints/background.ts', 'lib/background/**'],
    rules: {
      'no-restricted-globals': ['error', ...DOM_GLOBALS],
      ...restrict([
        {
          group: ['@/lib/dom/*', '@/lib/content/*', '@/components/*', 'preact', 'preact/*'],
          message: 'Background code has no DOM.',
        },
      ]),
    },
  },
  {
    // DOM-free core: runs in Node tests, so neither the DOM nor the extension APIs.
    files: ['lib/match/**', 'lib/guide/**', 'lib/suitability/**', 'lib/guide-page/**'],
    rules: {
      'no-restricted-globals': ['error', 'browser', 'chrome', ...DOM_GLOBALS],
      ...restrict(
        [
          {
            group: ['@/lib/dom/*', '@/lib/content/*', '@/lib/background/*', '@/components/*', 'wxt/*'],
            message: 'The core is DOM-free and API-free.',
          },
        ],
        [NO_EXTENSION_APIS],
      ),
    },
  },
  {
    // DOM modules take the window they work on; extension APIs are reached only through the glue.
    files: ['lib/dom/**'],
    rules: {
      'no-restricted-globals': ['error', 'browser', 'chrome', 'window', 'document', 'location'],
      ...restrict(
        [
          {
            group: ['@/lib/background/*', '@/lib/content/*', '@/components/*', '@/entrypoints/*'],
            message: 'DOM modules stay below the glue, components and entrypoints.',
          },
        ],
        [NO_EXTENSION_APIS],
      ),
    },
  },
  {
    files: ['components/**'],
    rules: restrict([
      {
        group: ['@/entrypoints/*', '@/lib/background/*'],
        message: 'Components never import entrypoints or background code.',
      },
    ]),
  },
  {
    files: ['lib/**'],
    ignores: [
      'lib/dom/**',
      'lib/background/**',
      'lib/match/**',
      'lib/guide/**',
      'lib/suitability/**',
      'lib/guide-page/**',
    ],
    rules: restrict([
      { group: ['@/entrypoints/*', '@/components/*'], message: 'lib/ never imports entrypoints or components.' },
    ]),
  },
);
