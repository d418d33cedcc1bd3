#!/usr/bin/env node
/**
 * `npm run bench [-- DIR…]`: how fast the page scan is, measured now, in headless Chromium.
 *
 * For every HTML page under DIR (default: tests/fixtures, plus ../shared/corpus when present), each
 * on a fresh page after `load`, cold:
 *   floor     one TreeWalker pass reading and lower-casing every text node (no matching)
 *   engine    this extension's scan-and-highlight (the real session, density "all"), its own busy time
 *   regexp    mark.js 8.11.1 .markRegExp(one alternation of every form)
 *   adv       advanced-mark.js .mark(forms, { combinePatterns: true, accuracy: 'exactly' })
 *   mark      mark.js .mark(forms, { accuracy: 'exactly', separateWordSearch: false }), capped
 * then totals and ratios (over all pages, and over the corpus alone), a mutation run (1,000 paragraphs
 * appended in 50 bursts, then removed in 50), pathological pages, and a scale sweep (text 1×/10×/100×,
 * glossary real/10×/100×). Every number printed comes from this run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { bundleEngine } from '../tests/bench/bundle-engine.mjs';
import { FIXTURES, startServer } from './serve.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const CORPUS = resolve(ROOT, '../shared/corpus');
const MARK_CAP_MS = Number(process.env.BENCH_MARK_CAP_MS ?? 3000);
const dirs = process.argv.slice(2).length
  ? process.argv.slice(2).map((d) => resolve(d))
  : [FIXTURES, ...(existsSync(CORPUS) ? [CORPUS] : [])];

function htmlFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...htmlFiles(path));
    else if (/\.html?$/.test(name)) out.push(path);
  }
  return out;
}

const fmt = (ms) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));
const ratio = (a, b) => (b > 0 ? `${(a / b).toFixed(2)}×` : 'n/a');
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : 0;
};
const pad = (s, n) => String(s).padStart(n);

const engine = await bundleEngine();
const markJs = readFileSync(join(ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');
const advancedMarkJs = readFileSync(join(ROOT, 'node_modules/advanced-mark.js/dist/mark.min.js'), 'utf8');

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
// bypassCSP: saved pages carry their sites' CSP, which would refuse the injected scripts.
const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 800 } });
await context.route(/^(?!http:\/\/127\.0\.0\.1[:/]|data:|blob:)/, (route) => route.abort());

const servers = await Promise.all(dirs.map((dir) => startServer([dir])));
const pages = dirs.flatMap((dir, i) =>
  htmlFiles(dir).map((file) => ({ name: relative(ROOT, file), url: servers[i].url(relative(dir, file)) })),
);

/** Opens `url` in a fresh page, runs `fn(page)`, closes the page. */
async function onFreshPage(url, fn) {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    return await fn(page);
  } finally {
    await page.close({ runBeforeUnload: false }).catch(() => {});
  }
}

const withEngine = (url, fn) =>
  onFreshPage(url, async (page) => {
    await page.evaluate(engine);
    return fn(page);
  });

/**
 * Runs in the page: one mark.js call over the forms, timed from its start to its `done`. `options`
 * null is `.markRegExp` with one alternation of every form; otherwise `.mark` with exact word limits
 * and these options on top.
 */
const markInPage = ({ forms, options }) =>
  new Promise((done) => {
    const marker = new window.Mark(document.body);
    const finish = (start) => (marks) => done({ ms: performance.now() - start, marks });
    if (options === null) {
      const escaped = [...forms]
        .sort((a, b) => b.length - a.length)
        .map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      const re = new RegExp(`\\b(?:${escaped.join('|')})\\b`, 'gi');
      marker.markRegExp(re, { done: finish(performance.now()) });
    } else {
      marker.mark(forms, {
        accuracy: 'exactly',
        separateWordSearch: false,
        ...options,
        done: finish(performance.now()),
      });
    }
  });

async function timeMarkJs(url, library, options) {
  return onFreshPage(url, async (page) => {
    await page.evaluate(library);
    const forms = await page.evaluate(engine).then(() => page.evaluate(() => window.reliefLensBench.forms()));
    let timer;
    const capped = new Promise((ok) => (timer = setTimeout(() => ok(null), MARK_CAP_MS)));
    const run = page.evaluate(markInPage, { forms, options }).catch(() => null);
    const result = await Promise.race([run, capped]);
    clearTimeout(timer);
    return result; // null: still running at the cap (the page is closed under it)
  });
}

console.log(
  `Relief Lens benchmark: ${pages.length} pages from ${dirs.map((d) => relative(ROOT, d) || '.').join(', ')}`,
);
console.log(
  `headless Chromium ${browser.version()}, fresh page per measurement, mark.js .mark capped at ${MARK_CAP_MS} ms\n`,
);
console.log(
  `${'page'.padEnd(48)}${pad('KB', 7)}${pad('floor', 8)}${pad('engine', 8)}${pad('×floor', 8)}${pad('slice', 7)}${pad('hits', 6)}${pad('regexp', 8)}${pad('adv', 8)}${pad('mark', 9)}${pad('long', 6)}`,
);

const rows = [];
for (const { name, url } of pages) {
  await onFreshPage(url, async () => {}); // warm the HTTP cache so every measurement loads the same way
  const floor = await withEngine(url, (page) => page.evaluate(() => window.reliefLensBench.floor()));
  const scan = await withEngine(url, (page) => page.evaluate(() => window.reliefLensBench.scan({ density: 'all' })));
  const regexp = await timeMarkJs(url, markJs, null);
  const adv = await timeMarkJs(url, advancedMarkJs, { combinePatterns: true });
  const mark = await timeMarkJs(url, markJs, {});
  const row = { name, chars: floor.chars, floor: floor.ms, scan, regexp, adv, mark };
  rows.push(row);
  console.log(
    `${name.slice(-47).padEnd(48)}${pad((floor.chars / 1024).toFixed(0), 7)}${pad(fmt(floor.ms), 8)}${pad(fmt(scan.detail.busyMs), 8)}` +
      `${pad(ratio(scan.detail.busyMs, floor.ms), 8)}${pad(fmt(scan.detail.longestSliceMs ?? 0), 7)}${pad(scan.detail.matches, 6)}` +
      `${pad(regexp ? fmt(regexp.ms) : '—', 8)}${pad(adv ? fmt(adv.ms) : '—', 8)}${pad(mark ? fmt(mark.ms) : `>${MARK_CAP_MS}`, 9)}` +
      `${pad(scan.longTasks.length, 6)}`,
  );
}

/** Totals and ratios over `group`: all pages, then the corpus alone, which the targets are set on. */
function printTotals(label, group) {
  const sum = (pick) => group.reduce((total, row) => total + (pick(row) ?? 0), 0);
  const floorTotal = sum((r) => r.floor);
  const engineTotal = sum((r) => r.scan.detail.busyMs);
  const engineWall = sum((r) => r.scan.wallMs);
  const regexpTotal = sum((r) => r.regexp?.ms);
  const advTotal = sum((r) => r.adv?.ms);
  const markCapped = group.filter((r) => !r.mark).length;
  const markTotal = sum((r) => r.mark?.ms ?? MARK_CAP_MS);
  const longestSlice = Math.max(...group.map((r) => r.scan.detail.longestSliceMs ?? 0));
  const longTasks = group.flatMap((r) => r.scan.longTasks.map((ms) => `${r.name} ${fmt(ms)} ms`));

  console.log(
    `\nTotals over ${label}: ${group.length} pages (${(sum((r) => r.chars) / 1e6).toFixed(1)} M characters):`,
  );
  console.log(`  floor            ${fmt(floorTotal)} ms`);
  console.log(
    `  engine (busy)    ${fmt(engineTotal)} ms = ${ratio(engineTotal, floorTotal)} the floor   (target ≤ 3×); wall-clock incl. yields ${fmt(engineWall)} ms`,
  );
  console.log(
    `  mark.js regexp   ${fmt(regexpTotal)} ms = ${ratio(regexpTotal, floorTotal)} the floor: engine is ${ratio(regexpTotal, engineTotal)} faster   (target ≥ 10×)`,
  );
  console.log(`  advanced-mark.js ${fmt(advTotal)} ms: engine is ${ratio(advTotal, engineTotal)} faster`);
  console.log(
    `  mark.js .mark    ${markCapped ? '> ' : ''}${fmt(markTotal)} ms = ${markCapped ? '> ' : ''}${ratio(markTotal, floorTotal)} the floor${markCapped ? ` (${markCapped} pages stopped at the ${MARK_CAP_MS} ms cap)` : ''}`,
  );
  console.log(
    `  longest engine slice ${fmt(longestSlice)} ms; long tasks (> 50 ms) while the engine ran: ${longTasks.length ? longTasks.join(', ') : 'none'}`,
  );
}

printTotals('all pages', rows);
const corpusRows = rows.filter((row) => resolve(ROOT, row.name).startsWith(CORPUS));
if (corpusRows.length > 0 && corpusRows.length < rows.length) printTotals('../shared/corpus', corpusRows);

// ---------------------------------------------------------------------------------------------------
// Mutation run: 1,000 paragraphs appended in 50 bursts and removed in 50 more, on a small page and on the largest one.

const byChars = [...rows].sort((a, b) => a.chars - b.chars);
const smallest = byChars.find((r) => r.chars > 500) ?? byChars[0];
const largest = byChars.at(-1);
const medianPage = byChars[Math.floor((byChars.length - 1) / 2)];

/** The engine's busy time for the batch of changes `change(arg)` makes on the page. */
async function burstCost(page, change, arg) {
  const before = await page.evaluate(() => window.reliefLensBench.rescans().length);
  await page.evaluate(change, arg);
  await page.waitForFunction((n) => window.reliefLensBench.rescans().length > n, before);
  const detail = (await page.evaluate(() => window.reliefLensBench.rescans())).slice(before);
  return detail.reduce((total, d) => total + d.busyMs, 0);
}

/** 50 bursts appending 20 paragraphs each, then 50 bursts removing the 20 oldest of them. */
async function mutationRun(row) {
  const url = pages.find((p) => p.name === row.name).url;
  return withEngine(url, async (page) => {
    await page.evaluate(() => window.reliefLensBench.scan({ density: 'first' }));
    const appends = [];
    const removals = [];
    for (let burst = 0; burst < 50; burst++) {
      const append = (burst) => {
        const sentences = [
          'A Swedish massage eased the lower back pain after a long week.',
          'Her physiotherapist suspected sciatica and advised against deep tissue massage for now.',
          'The weather was mild and the train ran on time.',
          'Friction and compression were part of the session, the massage therapist said.',
        ];
        for (let i = 0; i < 20; i++) {
          const p = document.createElement('p');
          p.className = 'bench-burst';
          p.textContent = `${burst}.${i} ${sentences[(burst + i) % sentences.length]}`;
          document.body.append(p);
        }
      };
      appends.push(await burstCost(page, append, burst));
    }
    const removeOldest = () => [...document.querySelectorAll('p.bench-burst')].slice(0, 20).forEach((p) => p.remove());
    for (let burst = 0; burst < 50; burst++) removals.push(await burstCost(page, removeOldest, null));
    return { appends, removals };
  });
}

console.log(
  '\nMutation run: 50 bursts of 20 appended paragraphs (1,000 in all), then 50 bursts removing the 20 oldest; engine busy time per burst',
);
for (const row of [smallest, largest]) {
  const { appends, removals } = await mutationRun(row);
  console.log(
    `  on ${row.name} (${(row.chars / 1024).toFixed(0)} KB of text, ${row.scan.detail.matches} terms of its own):`,
  );
  for (const [label, costs] of [
    ['appending', appends],
    ['removing ', removals],
  ]) {
    console.log(
      `    ${label} median ${fmt(median(costs))} ms, max ${fmt(Math.max(...costs))} ms, ` +
        `first 10 ${fmt(median(costs.slice(0, 10)))} ms vs last 10 ${fmt(median(costs.slice(-10)))} ms (median)`,
    );
  }
}

// ---------------------------------------------------------------------------------------------------
// Pathological pages, built in the page: the scan must stay sliced and bounded.

const PATHOLOGICAL = {
  'one 5 MB text node': () => {
    const words = 'the quick brown fox jumps over a lazy dog while sciatica and a Swedish massage wait ';
    document.body.replaceChildren(document.createTextNode(words.repeat(Math.ceil(5e6 / words.length))));
  },
  '200,000 text nodes': () => {
    const root = document.createElement('div');
    for (let i = 0; i < 20_000; i++) {
      const p = document.createElement('p');
      for (let k = 0; k < 10; k++)
        p.append(document.createTextNode(k === 5 && i % 100 === 0 ? ' back pain ' : ` word${k} `));
      root.append(p);
    }
    document.body.replaceChildren(root);
  },
  // Inline elements: Chromium's own renderer crashes on ~1,000 nested divs, extension or not.
  '5,000-deep nesting': () => {
    let node = document.body;
    node.replaceChildren();
    for (let i = 0; i < 5000; i++) {
      const child = document.createElement('span');
      child.append(document.createTextNode(i % 250 === 0 ? ' shiatsu and acupressure ' : ' level '));
      node.append(child);
      node = child;
    }
  },
};

console.log('\nPathological pages (engine, default density "first")');
for (const [label, build] of Object.entries(PATHOLOGICAL)) {
  const scan = await withEngine(servers[0].url('index.html'), async (page) => {
    await page.evaluate(build);
    return page.evaluate(() => window.reliefLensBench.scan({ density: 'first' }));
  });
  console.log(
    `  ${label.padEnd(20)} busy ${fmt(scan.detail.busyMs)} ms, wall ${fmt(scan.wallMs)} ms, longest slice ${fmt(scan.detail.longestSliceMs)} ms, ` +
      `long tasks ${scan.longTasks.length ? scan.longTasks.map(fmt).join('/') + ' ms' : 'none'}, ${scan.detail.matches} matches`,
  );
}

// ---------------------------------------------------------------------------------------------------
// Scale sweep: time per MB as the text grows, and as the glossary grows.

const sweepPage = pages.find((p) => p.name === medianPage.name);
async function scaledScan(times, extraForms) {
  return withEngine(sweepPage.url, async (page) => {
    await page.evaluate((times) => {
      const copy = document.body.innerHTML;
      for (let i = 1; i < times; i++) document.body.insertAdjacentHTML('beforeend', copy);
    }, times);
    const floor = await page.evaluate(() => window.reliefLensBench.floor());
    const scan = await page.evaluate((n) => window.reliefLensBench.scan({ density: 'all', extraForms: n }), extraForms);
    // Per MB of text, without compiling the matcher (a fixed cost per page, reported on its own).
    return { floor, scan, perMb: (scan.detail.busyMs - scan.detail.matcherMs) / (scan.detail.chars / 1e6) };
  });
}

const formCount = await withEngine(sweepPage.url, (page) => page.evaluate(() => window.reliefLensBench.forms().length));
console.log(`\nScale sweep on ${sweepPage.name} (the median page by text), density "all"`);
for (const times of [1, 10, 100]) {
  const { scan, perMb, floor } = await scaledScan(times, 0);
  console.log(
    `  text ${pad(`${times}×`, 4)} ${pad((scan.detail.chars / 1e6).toFixed(2), 6)} MB: engine ${pad(fmt(scan.detail.busyMs), 6)} ms, ${pad(fmt(perMb), 6)} ms/MB without compiling` +
      ` (floor ${fmt(floor.ms)} ms, ${ratio(scan.detail.busyMs, floor.ms)}), longest slice ${fmt(scan.detail.longestSliceMs)} ms, ` +
      `long tasks ${scan.longTasks.length ? scan.longTasks.map(fmt).join('/') + ' ms' : 'none'}`,
  );
}
// Three fresh pages per glossary, the median kept: one scan of the 10× page swings by 2× from run to
// run here (the JIT's and GC's timing), more than the glossaries differ.
const GLOSSARY_RUNS = 3;
const glossary = [];
for (const [label, extra] of [
  ['real', 0],
  ['10×', formCount * 9],
  ['100×', formCount * 99],
]) {
  const runs = [];
  for (let i = 0; i < GLOSSARY_RUNS; i++) runs.push(await scaledScan(10, extra));
  const result = runs.sort((a, b) => a.perMb - b.perMb)[Math.floor(GLOSSARY_RUNS / 2)];
  glossary.push(result);
  console.log(
    `  glossary ${pad(label, 4)} (${pad(formCount + extra, 5)} forms) on 10× text: ${pad(fmt(result.perMb), 6)} ms/MB scanning (median of ${GLOSSARY_RUNS}); compiling the matcher ${fmt(result.scan.detail.matcherMs)} ms, longest slice ${fmt(result.scan.detail.longestSliceMs)} ms`,
  );
}
console.log(`  time per MB, 100× glossary vs real: ${ratio(glossary[2].perMb, glossary[0].perMb)} (target ≤ 1.5×)`);
const coldBuild = await withEngine(sweepPage.url, (page) => page.evaluate(() => window.reliefLensBench.buildMatcher()));
console.log(
  `  building the real glossary's matcher, cold: ${fmt(coldBuild)} ms vs one floor pass over the median page ${fmt(medianPage.floor)} ms (target: less)`,
);

await browser.close();

// ---------------------------------------------------------------------------------------------------
// Start-up: what the built content script costs on a page load before it scans (compiling and running
// the script), in Chromium with the extension loaded. The scan numbers above leave this out.

const extension = resolve(ROOT, process.env.RELIEF_LENS_OUT ?? '.output', 'chrome-mv3');
if (spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'ignore', env: process.env }).status !== 0)
  throw new Error('wxt build failed');
const profileDir = mkdtempSync(join(tmpdir(), 'relief-lens-bench-'));
const launchArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];
const launchWith = (args) =>
  chromium.launchPersistentContext(mkdtempSync(join(profileDir, 'profile-')), {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [...launchArgs, ...args],
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
const startupPage = servers[0].url('article.html');
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

await Promise.all(servers.map((s) => s.close()));
