/**
 * The start-up section: what the built content script costs on a page load before it scans
 * (compiling and running the script), in Chromium with the extension loaded, against the same page
 * without it, loaded in turns. The scan numbers leave this out.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_PATH, fmt, LAUNCH_ARGS, median } from '../harness.mjs';

export async function runStartup(extension, startupPage) {
  const profileDir = mkdtempSync(join(tmpdir(), 'relief-lens-bench-'));
  const launchWith = (args) =>
    chromium.launchPersistentContext(mkdtempSync(join(profileDir, 'profile-')), {
      executablePath: CHROME_PATH,
      headless: true,
      args: [...LAUNCH_ARGS, ...args],
    });
  // The same page in the same browser without the extension, loaded in turns with it: what the page
  // costs on its own, so a long task with the extension can be told from one the page has anyway.
  const withExtension = await launchWith([`--disable-extensions-except=${extension}`, `--load-extension=${extension}`]);
  const without = await launchWith([]);
  for (const context of [withExtension, without]) {
    // The page's own long-task record, from before any script of the page or the extension runs.
    await context.addInitScript(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => window.__longTasks.push(e.duration))).observe({
        type: 'longtask',
        buffered: true,
      });
    });
  }
  /** Loads the page and returns its longest task until `ready` holds in the page, and when the first scan ended. */
  async function longestTask(context, ready, arg) {
    const page = await context.newPage();
    await page.goto(startupPage, { waitUntil: 'load' });
    await page.waitForFunction(ready, arg);
    // Long tasks are reported after they end: one more task lets the observer deliver the last.
    await page.evaluate(() => new Promise((done) => setTimeout(done, 0)));
    const longest = Math.max(0, ...(await page.evaluate(() => window.__longTasks)));
    const scanEnd = await page.evaluate(() => {
      const scan = performance.getEntriesByName('relief-lens:scan')[0];
      return scan ? scan.startTime + scan.duration : 0;
    });
    await page.close();
    return { longest, scanEnd };
  }
  const STARTUP_LOADS = 10;
  const startups = { with: [], without: [] };
  for (let i = 0; i < STARTUP_LOADS; i++) {
    const loaded = await longestTask(withExtension, () => performance.getEntriesByName('relief-lens:scan').length > 0);
    startups.with.push(loaded.longest);
    // Without the extension: as long after navigation as the first scan took to end with it.
    startups.without.push((await longestTask(without, (until) => performance.now() >= until, loaded.scanEnd)).longest);
  }
  await withExtension.close();
  await without.close();
  rmSync(profileDir, { recursive: true, force: true });
  const contentKb = statSync(join(extension, 'content-scripts/content.js')).size / 1024;
  const describeLoads = (values) =>
    `${values.filter((v) => v > 0).length} of ${values.length} loads had one; median ${fmt(median(values))} ms, max ${fmt(Math.max(...values))} ms ` +
    `(each load: ${[...values]
      .sort((a, b) => a - b)
      .map(fmt)
      .join(', ')})`;
  console.log(
    `\nStart-up on tests/fixtures/article.html, ${STARTUP_LOADS} loads each, in turns (content.js ${contentKb.toFixed(0)} KB)`,
  );
  console.log(`  longest task (0 = none over 50 ms) from load to the end of the first scan; target: none`);
  console.log(`    with the extension:    ${describeLoads(startups.with)}`);
  console.log(`    without the extension: ${describeLoads(startups.without)}`);
}
