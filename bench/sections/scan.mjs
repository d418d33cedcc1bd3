/**
 * The scan section: for every page, each on a fresh page after `load`, cold:
 *   floor     one TreeWalker pass reading and lower-casing every text node (no matching)
 *   engine    this extension's scan-and-highlight (the real session, density "all"), its own busy time
 *   regexp    mark.js 8.11.1 .markRegExp(one alternation of every form)
 *   adv       advanced-mark.js .mark(forms, { combinePatterns: true, accuracy: 'exactly' })
 *   mark      mark.js .mark(forms, { accuracy: 'exactly', separateWordSearch: false }), capped
 * then totals and ratios over all pages, and over the corpus alone. The engine is injected into the
 * page's own world; the cost section times the first scan again where a person's browser runs it, as
 * the content script, in the extension's world.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../scripts/paths.mjs';
import { floorWalk, fmt, median, pad, ratio, scratch } from '../harness.mjs';
import { startServer } from '../../scripts/serve.mjs';
import { NO_TERMS_PAGE, writeNoTermsPage } from './synthetic.mjs';

const MARK_CAP_MS = Number(process.env.BENCH_MARK_CAP_MS ?? 3000);
/** Fresh pages for each of the floor and the engine on the generated page: one is too noisy for a 1 ms target. */
const NO_TERMS_LOADS = 15;
/**
 * Fresh pages for each of the floor and the engine on every page, in turns, medians: with one each, a
 * hiccup on a small page (5 to 17 ms for the same engine on guardian-1) moved the corpus ratio by 0.3.
 */
const SCAN_LOADS = Math.max(1, Number(process.env.BENCH_SCAN_LOADS ?? 5));

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

/** Prints one row per page and the totals; returns the rows (the later sections pick pages from them). */
export async function runScan(engineBrowser, pages) {
  const { onFreshPage, withEngine, engine } = engineBrowser;
  const markJs = readFileSync(join(ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');
  const advancedMarkJs = readFileSync(join(ROOT, 'node_modules/advanced-mark.js/dist/mark.min.js'), 'utf8');
  const timeMarkJs = (url, library, options) =>
    onFreshPage(url, async (page) => {
      await page.evaluate(library);
      const forms = await page.evaluate(engine).then(() => page.evaluate(() => window.reliefLensBench.forms()));
      let timer;
      const capped = new Promise((ok) => (timer = setTimeout(() => ok(null), MARK_CAP_MS)));
      const run = page.evaluate(markInPage, { forms, options }).catch(() => null);
      const result = await Promise.race([run, capped]);
      clearTimeout(timer);
      return result; // null: still running at the cap (the page is closed under it)
    });

  console.log(
    `\nScan: fresh page per measurement; floor and engine medians of ${SCAN_LOADS} each, in turns (the engine's` +
      ` longest slice and long tasks over all of them); mark.js .mark capped at ${MARK_CAP_MS} ms`,
  );
  console.log(
    `${'page'.padEnd(48)}${pad('KB', 7)}${pad('floor', 8)}${pad('engine', 8)}${pad('×floor', 8)}${pad('slice', 7)}${pad('hits', 6)}${pad('regexp', 8)}${pad('adv', 8)}${pad('mark', 9)}${pad('long', 6)}`,
  );
  const rows = [];
  for (const { name, url, corpus } of pages) {
    await onFreshPage(url, async () => {}); // warm the HTTP cache so every measurement loads the same way
    const { floor, scan } = await floorAndEngine(withEngine, url, SCAN_LOADS);
    const regexp = await timeMarkJs(url, markJs, null);
    const adv = await timeMarkJs(url, advancedMarkJs, { combinePatterns: true });
    const mark = await timeMarkJs(url, markJs, {});
    const row = { name, url, corpus, chars: floor.chars, floor: floor.ms, scan, regexp, adv, mark };
    rows.push(row);
    console.log(
      `${name.slice(-47).padEnd(48)}${pad((floor.chars / 1024).toFixed(0), 7)}${pad(fmt(floor.ms), 8)}${pad(fmt(scan.detail.busyMs), 8)}` +
        `${pad(ratio(scan.detail.busyMs, floor.ms), 8)}${pad(fmt(scan.detail.longestSliceMs ?? 0), 7)}${pad(scan.detail.matches, 6)}` +
        `${pad(regexp ? fmt(regexp.ms) : '—', 8)}${pad(adv ? fmt(adv.ms) : '—', 8)}${pad(mark ? fmt(mark.ms) : `>${MARK_CAP_MS}`, 9)}` +
        `${pad(scan.longTasks.length, 6)}`,
    );
  }
  printTotals('all pages', rows);
  const corpusRows = rows.filter((row) => row.corpus);
  if (corpusRows.length > 0 && corpusRows.length < rows.length) printTotals('../shared/corpus', corpusRows);
  await printNoTermsPage(engineBrowser);
  return rows;
}

/**
 * The floor and the engine's scan of `url`, `loads` fresh pages each in turns: the median of each, the
 * engine's longest slice and long tasks over all loads, and every load's engine busy time.
 */
async function floorAndEngine(withEngine, url, loads) {
  const floors = [];
  const scans = [];
  for (let i = 0; i < loads; i++) {
    floors.push(await withEngine(url, (page) => page.evaluate(floorWalk)));
    scans.push(await withEngine(url, (page) => page.evaluate(() => window.reliefLensBench.scan({ density: 'all' }))));
  }
  const byBusy = [...scans].sort((a, b) => a.detail.busyMs - b.detail.busyMs);
  const middle = byBusy[Math.floor((byBusy.length - 1) / 2)];
  return {
    floor: { chars: floors[0].chars, ms: median(floors.map((f) => f.ms)) },
    scan: {
      ...middle,
      detail: { ...middle.detail, longestSliceMs: Math.max(...scans.map((s) => s.detail.longestSliceMs ?? 0)) },
      longTasks: scans.flatMap((s) => s.longTasks),
    },
    busies: scans.map((s) => s.detail.busyMs),
  };
}

/** The first scan of a page with 2 KB of text and no term, the fixed cost every such page pays. */
async function printNoTermsPage({ withEngine }) {
  const tmp = scratch();
  writeNoTermsPage(tmp);
  const server = await startServer([tmp.dir]);
  try {
    const { floor, scan, busies } = await floorAndEngine(withEngine, server.url(NO_TERMS_PAGE), NO_TERMS_LOADS);
    console.log(
      `\n2 KB page without a term (generated), ${NO_TERMS_LOADS} fresh pages each in turns, medians: floor ${fmt(floor.ms)} ms, ` +
        `engine ${fmt(scan.detail.busyMs)} ms busy (${fmt(Math.min(...busies))}–${fmt(Math.max(...busies))})   (target ≤ 1 ms)`,
    );
  } finally {
    await server.close();
    tmp.dispose();
  }
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
    `  engine (busy)    ${fmt(engineTotal)} ms = ${ratio(engineTotal, floorTotal)} the floor   (target ≤ 2.5×); wall-clock incl. yields ${fmt(engineWall)} ms`,
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
