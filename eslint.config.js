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

/** What the page side is made of: background code must not reach it. */
const PAGE_SIDE = ['@/lib/dom/*', '@/lib/card/*', '@/lib/content/*', '@/lib/input/*', 'preact', 'preact/*'];
/** Library code sits below the components and entrypoints that use it. */
const NOT_UP = ['@/entrypoints/*', '@/components/*'];

/**
 * Every folder under lib/ by the runtime that loads it; each file under lib/ falls under exactly one
 * (a unit test checks it), and the background's entrypoint with them. The background and what it
 * shares (settings, messages) run in a service worker with no DOM; the core runs in Node tests as
 * well; DOM modules take the window they work on; the page side (content script, card) is never
 * loaded by the background; the extension pages' own modules read a tab only through messages.
 */
export const LIB_BOUNDARIES = [
  {
    name: 'core',
    files: [
      'lib/*.ts',
      'lib/match/**',
      'lib/guide/**',
      'lib/suitability/**',
      'lib/guide-page/**',
      'lib/card-text/**',
      'lib/privacy/**',
    ],
    globals: ['browser', 'chrome', ...DOM_GLOBALS],
    patterns: [
      {
        group: [...PAGE_SIDE, '@/lib/background/*', '@/lib/settings/*', ...NOT_UP, 'wxt/*'],
        message: 'The core is DOM-free and API-free.',
      },
    ],
    paths: [NO_EXTENSION_APIS],
  },
  {
    // The background runs in a service worker (Chrome) or an event page (Firefox): no DOM to touch.
    name: 'background',
    files: ['entrypoints/background.ts', 'lib/background/**', 'lib/settings/**'],
    globals: DOM_GLOBALS,
    patterns: [{ group: [...PAGE_SIDE, ...NOT_UP], message: 'Background code has no DOM.' }],
  },
  {
    // DOM modules take the window they work on; extension APIs are reached only through the glue.
    name: 'dom',
    files: ['lib/dom/**'],
    globals: ['browser', 'chrome', 'window', 'document', 'location'],
    patterns: [
      {
        group: ['@/lib/background/*', '@/lib/content/*', '@/lib/card/*', '!@/lib/card/card-element', ...NOT_UP],
        message: 'DOM modules stay below the glue, the card, components and entrypoints.',
      },
    ],
    paths: [NO_EXTENSION_APIS],
  },
  {
    // Input helpers are shared by both stages of the card and by the early listeners: they import nothing.
    name: 'input',
    files: ['lib/input/**'],
    globals: [],
    patterns: [{ group: ['@/*', 'preact', 'preact/*'], message: 'Input helpers stand alone.' }],
  },
  {
    // What the extension's own pages (popup, options, guide) need beyond components: no page-side code.
    name: 'extension-page',
    files: ['lib/popup/**'],
    globals: [],
    patterns: [
      {
        group: [...PAGE_SIDE.filter((group) => !group.startsWith('preact')), '@/lib/background/*', ...NOT_UP],
        message: 'Extension-page code reads the tab through messages, never page or background code.',
      },
    ],
  },
  {
    // The content script and the card it loads: page code, which the background never imports.
    name: 'page',
    files: ['lib/content/**', 'lib/card/**'],
    globals: [],
    patterns: [
      {
        group: ['@/lib/background/*', ...NOT_UP],
        message: 'Page code never imports background code, components or entrypoints.',
      },
    ],
  },
];

/**
 * @param {{ group: string[], message: string }[]} patterns
 * @param {object[]} paths
 * @returns {{ 'no-restricted-imports': ['error', object] }}
 */
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
    files: ['components/**'],
    rules: restrict([
      {
        group: ['@/entrypoints/*', '@/lib/background/*'],
        message: 'Components never import entrypoints or background code.',
      },
    ]),
  },
  ...LIB_BOUNDARIES.map(({ name, files, globals: banned, patterns, paths = [] }) => ({
    name: `boundary/${name}`,
    files,
    rules: {
      'no-restricted-globals': /** @type {['error', ...string[]]} */ (['error', ...banned]),
      ...restrict(patterns, paths),
    },
  })),
);
