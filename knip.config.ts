import type { KnipConfig } from 'knip';

/**
 * Dead code: files nothing reaches, dependencies nothing uses, exports nothing imports. `npm run check`
 * runs it with tests, scripts and the benchmark counting as users. The shipped code is marked with `!`,
 * so `npx knip --production` also lists what only those use (tests reach some pure helpers and limits
 * directly; that list is not held to zero).
 */
const config: KnipConfig = {
  entry: [
    // The extension's entrypoints, as WXT finds them: what ships.
    'entrypoints/*.ts!',
    'entrypoints/*/{index.ts,main.tsx}!',
    // Every script is run by itself: from package.json, from another script, or by hand.
    'scripts/*.mjs',
    // The benchmark's runner and sections, run by `npm run bench` and `npm run bench:matcher`.
    'bench/*.mjs',
    // Bundled by their paths for the benchmark's pages and the matcher's run, so no import names them.
    'bench/engine/*-entry.ts',
    // A Vitest project that exists only while `npm run screenshots` runs.
    'tests/screenshots/*.screenshots.ts',
  ],
  project: [
    // The shipped code first, marked with `!`; then what builds, tests and measures it.
    'entrypoints/**/*.{ts,tsx}!',
    'lib/**/*.ts!',
    'components/**/*.tsx!',
    'scripts/**/*.mjs',
    'bench/**/*.{ts,mjs}',
    'tests/**/*.{ts,tsx,mjs}',
    '*.{ts,js}',
  ],
  // WXT's own module, made by its build; its types are generated into .wxt.
  paths: { '#imports': ['.wxt/types/imports-module.d.ts'] },
  ignoreDependencies: [
    // Read as files from node_modules and injected into pages, never imported.
    'advanced-mark.js',
    'axe-core',
    'mark.js',
    // addons-linter's own dependency, required through it so the data matches what the linter checks.
    '@mdn/browser-compat-data',
  ],
};

export default config;
