/**
 * The churn section: the storm of tests/fixtures/hostile-scan/churn.html (1,000 paragraphs with
 * terms replaced every 100 ms for 10 s) on the built extension, in Chromium and, when it is there,
 * Firefox ESR (FIREFOX_PATH, default /usr/bin/firefox-esr), each against the same page without the
 * extension in the same run. Per storm: the longest slice of the extension's work (the rescan
 * measures' longestSliceMs, which count the mutation watcher's callbacks too) and the page's frame
 * gaps over 50 ms (requestAnimationFrame), with Chromium's long tasks, and how long the page's own
 * storm took: a page whose timer falls behind takes longer than its 100 rounds of 100 ms.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { OUT, ROOT } from '../../scripts/paths.mjs';
import { fmt, launchWithExtension, median } from '../harness.mjs';

const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const ROUNDS = 100;

/** Runs the page's storm and returns what the page saw, and the extension's rescans meanwhile. */
async function storm(rounds) {
  const longTasks = [];
  if (PerformanceObserver.supportedEntryTypes?.includes('longtask'))
    new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration))).observe({
      type: 'longtask',
    });
  const gaps = [];
  let going = true;
  let last = 0;
  const frame = (t) => {
    if (last && t - last > 50) gaps.push(t - last);
    last = t;
    if (going) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  // The timeline keeps only the latest rescan's figures: each is gathered as it comes.
  const rescans = [];
  const measures = new PerformanceObserver((list) =>
    list.getEntriesByName('relief-lens:rescan').forEach((m) => rescans.push(m.detail.longestSliceMs)),
  );
  measures.observe({ type: 'measure' });
  const start = performance.now();
  await window.churn(rounds);
  const stormMs = performance.now() - start;
  going = false;
  // Entries are reported after they are made: one more task lets the observers deliver the last.
  await new Promise((done) => setTimeout(done, 0));
  measures.disconnect();
  return { gaps, longTasks, rescans, stormMs };
}

/** Resolves once `condition` (a function's source) holds in the page; the same call in both drivers. */
const until = (page, condition) =>
  page.evaluate(
    `new Promise((done) => { const poll = () => ((${condition})() ? done(true) : setTimeout(poll, 50)); poll(); })`,
  );

/** Opens the fixture, waits for the first scan when the extension is on, and brings the tab to the front. */
async function openStormPage(page, url, withExtension) {
  await page.goto(url, { waitUntil: 'load' });
  if (withExtension) await until(page, "() => performance.getEntriesByName('relief-lens:scan').length > 0");
  // A tab in the background gets one frame a second: the extension's welcome tab must not be in front.
  await page.bringToFront();
  await until(page, "() => document.visibilityState === 'visible'");
}

async function chromiumStorm(extension, url, profileRoot) {
  const context = await launchWithExtension(profileRoot, extension);
  try {
    const page = await context.newPage();
    await openStormPage(page, url, Boolean(extension));
    return await page.evaluate(storm, ROUNDS);
  } finally {
    await context.close();
  }
}

async function firefoxStorm(extension, url) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    extraPrefsFirefox: { 'xpinstall.signatures.required': false },
  });
  try {
    if (extension) await browser.installExtension(extension);
    const page = await browser.newPage();
    await openStormPage(page, url, Boolean(extension));
    return await page.evaluate(storm, ROUNDS);
  } finally {
    await browser.close();
  }
}

/** Builds the Firefox package next to the Chromium one (honouring RELIEF_LENS_OUT). */
function buildFirefox() {
  const run = spawnSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: ROOT, stdio: 'ignore', env: process.env });
  if (run.status !== 0) throw new Error('wxt build -b firefox failed');
  return resolve(OUT, 'firefox-mv2');
}

const describeGaps = (gaps) =>
  gaps.length ? `${gaps.length} frame gaps > 50 ms (max ${fmt(Math.max(...gaps))} ms)` : 'no frame gap > 50 ms';
const describeLongTasks = (tasks) =>
  tasks.length ? `, ${tasks.length} long tasks (max ${fmt(Math.max(...tasks))} ms)` : '';

function printStorms(label, without, withExtension) {
  const slices = withExtension.rescans;
  console.log(`  ${label}:`);
  console.log(
    `    with the extension:    longest slice ${fmt(Math.max(0, ...slices))} ms (median ${fmt(median(slices))} ms over ` +
      `${slices.length} rescans, ${slices.filter((s) => s > 8).length} over 8 ms); ` +
      `${describeGaps(withExtension.gaps)}${describeLongTasks(withExtension.longTasks)}; the page's storm took ` +
      `${(withExtension.stormMs / 1000).toFixed(2)} s`,
  );
  console.log(
    `    without the extension: ${describeGaps(without.gaps)}${describeLongTasks(without.longTasks)}; ` +
      `the page's storm took ${(without.stormMs / 1000).toFixed(2)} s`,
  );
}

/**
 * @param {{ extension: string, url: string, scratch: ReturnType<import('../harness.mjs').scratch> }} run
 */
export async function runChurn({ extension, url, scratch }) {
  console.log(
    `\nChurn storm: tests/fixtures/hostile-scan/churn.html, 1,000 paragraphs replaced every 100 ms for ${ROUNDS / 10} s; ` +
      'longest extension slice (target: 8 ms) and frame gaps, without and with the extension',
  );
  const chromiumWithout = await chromiumStorm(null, url, scratch.dir);
  printStorms('Chromium', chromiumWithout, await chromiumStorm(extension, url, scratch.dir));
  if (!existsSync(FIREFOX_PATH)) {
    console.log(`  Firefox: not run (no browser at ${FIREFOX_PATH}; set FIREFOX_PATH)`);
    return;
  }
  const firefoxWithout = await firefoxStorm(null, url);
  printStorms('Firefox ESR', firefoxWithout, await firefoxStorm(buildFirefox(), url));
}
