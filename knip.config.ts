import type { KnipConfig } from 'knip';

/**
 * Dead code: files nothing reaches, dependencies nothing uses, exports nothing imports. `npm run check`
 * runs it twice: as configured here, where tests count as users, and with `--production`, where only
 * the shipped extension does, so an export that only a test imports is found too.
 */
const config: KnipConfig = {
  entry: [
    // The extension's entrypoints, as WXT finds them: what ships.
    'entrypoints/*.ts!',
    'entrypoints/*/{index.ts,main.tsx}!',
    // Every script is run by itself: from package.json, from another script, or by hand.
    'scripts/*.mjs',
    // Bundled by its path for the benchmark's pages, so no import names it.
    'tests/bench/engine-entry.ts',
    // A Vitest project that exists only while `npm run screenshots` runs.
    'tests/screenshots/*.screenshots.ts',
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
