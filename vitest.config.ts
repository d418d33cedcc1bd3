import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/** The system Chromium: tests never download a browser. */
const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  resolve: { alias: { '@': import.meta.dirname } },
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'], environment: 'node' },
      },
      {
        // lib/dom in a real page: DOM built by the test, laid out by Chromium, asserted directly.
        // Dependencies are bundled before the first file runs, not discovered (and the page reloaded) midway.
        optimizeDeps: { include: ['@floating-ui/dom'] },
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.browser.test.ts'],
          // One page at a time: the machines these run on have two cores.
          fileParallelism: false,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: {
                executablePath: chromium,
                // Chromium refuses to start as root with its sandbox on (containers, CI machines).
                args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
              },
            }),
            instances: [{ browser: 'chromium' }],
            // A failing test would otherwise write a screenshot into the tree.
            screenshotFailures: false,
          },
        },
      },
      {
        // The built extension in real browsers: one file at a time, since each launches a browser
        // and the machines these run on have two cores.
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 90_000,
        },
      },
      // Not a test suite: it regenerates docs/*.png, so it exists only for `npm run screenshots`,
      // never for a plain `vitest run` of every project.
      ...(process.env.RELIEF_LENS_SCREENSHOTS === '1'
        ? [
            {
              test: {
                name: 'screenshots',
                include: ['tests/screenshots/**/*.screenshots.ts'],
                testTimeout: 60_000,
                hookTimeout: 90_000,
              },
            },
          ]
        : []),
      {
        test: {
          name: 'corpus',
          include: ['tests/corpus/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 90_000,
        },
      },
    ],
  },
});
