/**
 * `npm run test:corpus`: on every saved real page under ../shared/corpus, the extension's full scan
 * and highlighting leaves the page's DOM and form values exactly as they were.
 *
 * How "before" is taken honestly: each page opens with the site switched off, so the content script
 * is present but idle, and the page is read; then the site is switched on through storage (the same
 * path a person's click takes), the content script scans and draws without a reload, and the page is
 * read again. Same document, same page scripts, only the extension's work in between.
 *
 * Without ../shared/corpus (a checkout without the shared pages) there is nothing to compare: the
 * suite is skipped, registers no test, and `npm run test:corpus` reports "skipped: no corpus".
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS } from '@/scripts/paths.mjs';
import { launch, startServer, type ExtensionSession, type FixtureServer, type TestPage } from '@/tests/e2e/harness';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return htmlFiles(path);
      return /\.html?$/.test(name) ? [relative(CORPUS, path)] : [];
    });
}

const PAGES = existsSync(CORPUS) ? htmlFiles(CORPUS) : [];

/** The page as its own scripts see it: the body's markup and every form control's state. */
function readPage(page: TestPage) {
  return page.evaluate(
    () => ({
      body: document.body?.innerHTML ?? '',
      forms: [...document.querySelectorAll('input, textarea, select')].map((el) => {
        const control = el as HTMLInputElement;
        return `${control.value}|${control.checked}`;
      }),
    }),
    null,
  );
}

/**
 * Resolves once the page's own scripts have left its DOM alone for 20 frames in a row (5 s at most).
 * Saved pages keep scripts that add to the body after load (an ad teaser on aktualne.html): read
 * before that, the page would seem changed by whatever happened next, the extension or not.
 */
function settled(page: TestPage): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((done) => {
        let quiet = 0;
        const observer = new MutationObserver(() => (quiet = 0));
        observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
        const started = performance.now();
        const frame = () => {
          if (++quiet >= 20 || performance.now() - started > 5000) {
            observer.disconnect();
            done();
          } else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
    null,
  );
}

describe.skipIf(PAGES.length === 0)('saved real pages in Chromium', () => {
  let session: ExtensionSession;
  let server: FixtureServer;
  let settingsPage: TestPage;
  const store = (disabledSites: string[]) =>
    settingsPage.evaluate(
      (sites) =>
        (globalThis as any).chrome.storage.local.set({
          settings: { disabledSites: sites, density: 'all' },
          settings$: { v: 2 },
        }),
      disabledSites,
    );

  beforeAll(async () => {
    server = await startServer([CORPUS]);
    session = await launch('chromium');
    settingsPage = await session.openExtensionPage('popup.html');
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it.each(PAGES)('%s: DOM and form values unchanged by scanning and highlighting', async (path) => {
    await store(['127.0.0.1']);
    const page = await session.newPage(server.url(path));
    try {
      await settled(page);
      const before = await readPage(page);
      expect(await page.evaluate(() => performance.getEntriesByName('relief-lens:scan').length, null)).toBe(0);
      await store([]);
      await page.waitFor(() => performance.getEntriesByName('relief-lens:scan').length > 0, null, 'the scan', 60_000);
      const after = await readPage(page);
      const detail = await page.evaluate(() => {
        const { chars, matches } = (performance.getEntriesByName('relief-lens:scan')[0] as PerformanceMeasure).detail;
        return { chars, matches };
      }, null);
      expect(detail.chars).toBeGreaterThan(0);
      expect(after.forms).toEqual(before.forms);
      expect(after.body.length).toBe(before.body.length);
      expect(after.body === before.body).toBe(true); // not toEqual: a diff of megabytes helps nobody
    } finally {
      await page.close();
    }
  });
});
