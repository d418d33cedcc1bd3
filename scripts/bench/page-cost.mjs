/**
 * Per-page cost: what a person pays for the extension on each page they open. Every page loads in
 * turns in three browsers: no extension, an empty extension whose content script only sets a mark
 * (the floor any content script pays), and Relief Lens as built. For each: the renderer's
 * main-thread time for the load (CDP `Performance.getMetrics` TaskDuration, from navigation until
 * the renderer goes quiet), and the JS heap after a forced GC; medians of BENCH_LOADS loads (≥ 5).
 * Also a page of 2 KB of text without a term, and the cost per extra same-origin frame (a page with
 * 10 frames against the same page with none), and the time from the end of the hover dwell to the
 * first painted card (first highlight of up to 10 pages, the corpus's then the fixtures').
 * And the first scan as a person's browser runs it, in the content script's own world: Relief Lens's
 * busy time, from its measure, against the floor walk run in the empty script's world once that load
 * is done (the scan section injects its engine into the page's world instead). Last, how much of the
 * content script each page never calls (never-run.mjs).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { floorWalk, fmt, launchWithExtension, median, pad, ratio } from './harness.mjs';
import { startServer } from '../serve.mjs';
import { measureCards } from './first-card.mjs';
import { measureNeverRun } from './never-run.mjs';
import { filler, html, NO_TERMS_PAGE, OCCURRENCES_PAGE, writeNoTermsPage, writeOccurrencesPage } from './synthetic.mjs';

const LOADS = Math.max(5, Number(process.env.BENCH_LOADS ?? 5));
const FRAMES = 10;
/** Quiet: TaskDuration grew by less than this over one poll, twice in a row. */
const QUIET_MS = 1;
const POLL_MS = 250;

/**
 * The generated pages: 2 KB without a term, the frames page with its frame-less twin, and a page of
 * 50,000 occurrences.
 */
function writeSyntheticPages(scratch) {
  writeNoTermsPage(scratch);
  writeOccurrencesPage(scratch);
  scratch.file('frame.html', html(filler(600)));
  const frames = Array.from({ length: FRAMES }, () => '<iframe src="frame.html" width="300" height="80"></iframe>');
  scratch.file('frames-0.html', html(filler(2048)));
  scratch.file(`frames-${FRAMES}.html`, html(filler(2048) + frames.join('')));
}

const EMPTY_EXTENSION = 'Empty content script';

/** The empty extension: a manifest and a content script that sets one mark, in every frame, as Relief Lens runs. */
function writeEmptyExtension(scratch) {
  const dir = join(scratch.dir, 'empty-extension');
  mkdirSync(dir);
  const manifest = {
    manifest_version: 3,
    name: EMPTY_EXTENSION,
    version: '1.0',
    content_scripts: [
      {
        matches: ['<all_urls>'],
        js: ['content.js'],
        all_frames: true,
        match_about_blank: true,
        run_at: 'document_idle',
      },
    ],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'content.js'), "performance.mark('empty-extension');\n");
  return dir;
}

/**
 * The floor walk in the empty script's world of the page's top frame: a world of its own, as cold as
 * the one Relief Lens scans from, since the empty script touches nothing but `performance`.
 */
async function floorInScriptWorld(cdp) {
  const contexts = [];
  const onContext = ({ context }) => contexts.push(context);
  cdp.on('Runtime.executionContextCreated', onContext);
  await cdp.send('Runtime.enable'); // reports the contexts that already exist before it answers
  cdp.off('Runtime.executionContextCreated', onContext);
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const world = contexts.find(
    (c) => c.name === EMPTY_EXTENSION && c.auxData?.type === 'isolated' && c.auxData.frameId === frameTree.frame.id,
  );
  if (!world) throw new Error("The empty script's world was not found");
  const { result } = await cdp.send('Runtime.evaluate', {
    expression: `(${floorWalk})()`,
    contextId: world.id,
    returnByValue: true,
  });
  return result.value.ms;
}

/** The first scan's own busy time, from the measure Relief Lens leaves on the page's timeline. */
const firstScanMs = (page) => page.evaluate(() => performance.getEntriesByName('relief-lens:scan')[0].detail.busyMs);

/**
 * Loads `url` once in `context` and returns its main-thread ms, the JS heap after GC in MB and, where
 * the variant has a script, its scan's ms (see VARIANTS).
 */
async function loadOnce(context, url, { ready, scanMs } = {}) {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const taskMs = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return metrics.find((m) => m.name === 'TaskDuration').value * 1000;
    };
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    if (ready) await page.waitForFunction(ready, null, { timeout: 30_000, polling: 50 });
    let last = await taskMs();
    for (let quiet = 0, polls = 0; quiet < 2 && polls < 60; polls++) {
      await new Promise((done) => setTimeout(done, POLL_MS));
      const now = await taskMs();
      quiet = now - last < QUIET_MS ? quiet + 1 : 0;
      last = now;
    }
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heapMb = metrics.find((m) => m.name === 'JSHeapUsedSize').value / 1e6;
    return { taskMs: last, heapMb, scanMs: scanMs ? await scanMs(page, cdp) : null };
  } finally {
    await page.close({ runBeforeUnload: false }).catch(() => {});
  }
}

/** `scanMs`: the floor walk for the empty script, the first scan's busy time for Relief Lens. */
const VARIANTS = [
  { key: 'none', label: 'no extension', ready: null, scanMs: null },
  {
    key: 'empty',
    label: 'empty content script',
    ready: () => performance.getEntriesByName('empty-extension').length > 0,
    scanMs: (_page, cdp) => floorInScriptWorld(cdp),
  },
  {
    key: 'relief',
    label: 'Relief Lens',
    ready: () => performance.getEntriesByName('relief-lens:scan').length > 0,
    scanMs: firstScanMs,
  },
];

/**
 * Loads every page LOADS times in each variant, in turns, and returns per page and variant the
 * median main-thread ms and heap MB.
 * @param {{ name: string, url: string }[]} pages
 * @param {Record<string, import('playwright-core').BrowserContext>} contexts
 */
async function measure(pages, contexts, onRow) {
  const rows = [];
  for (const page of pages) {
    const loads = Object.fromEntries(VARIANTS.map((v) => [v.key, []]));
    await loadOnce(contexts.none, page.url); // warm the HTTP cache: every measured load reads it the same way
    for (let i = 0; i < LOADS; i++)
      for (const v of VARIANTS) loads[v.key].push(await loadOnce(contexts[v.key], page.url, v));
    const row = { ...page, loads };
    for (const v of VARIANTS) {
      row[v.key] = {
        taskMs: median(loads[v.key].map((l) => l.taskMs)),
        heapMb: median(loads[v.key].map((l) => l.heapMb)),
        scanMs: median(loads[v.key].map((l) => l.scanMs ?? 0)),
      };
    }
    rows.push(row);
    onRow?.(row);
  }
  return rows;
}

const pct = (a, b) => (b > 0 ? `${((100 * a) / b).toFixed(1)} %` : 'n/a');
const mb = (x) => `${x >= 0 ? '+' : ''}${x.toFixed(2)}`;
const ms = (x) => `${x >= 0 ? '+' : ''}${fmt(x)}`;

/**
 * The section: prints every page's row, then the summary the targets are read from.
 * @param {{ pages: { name: string, url: string }[], extension: string, scratch: ReturnType<import('./harness.mjs').scratch> }} run
 */
export async function runPageCost({ pages, fixturePages = [], extension, scratch }) {
  writeSyntheticPages(scratch);
  const emptyExtension = writeEmptyExtension(scratch);
  const synthetic = await startServer([scratch.dir]);
  const contexts = {
    none: await launchWithExtension(scratch.dir, null),
    empty: await launchWithExtension(scratch.dir, emptyExtension),
    relief: await launchWithExtension(scratch.dir, extension),
  };
  try {
    console.log(
      `\nPer-page cost: ${pages.length} pages, ${LOADS} loads each in turns (no extension / empty content script / Relief Lens), medians`,
    );
    console.log(
      `  main-thread ms (TaskDuration, navigation until quiet) and JS heap MB after a forced GC; "+" = added to the page's own;`,
    );
    console.log(`  first scan busy ms as a content script: the floor walk, and Relief Lens's scan`);
    console.log(
      `${'  page'.padEnd(46)}${pad('own ms', 8)}${pad('empty', 8)}${pad('relief', 8)}${pad('beyond', 8)}${pad('% own', 8)}${pad('own MB', 8)}${pad('empty', 7)}${pad('relief', 7)}${pad('floor', 7)}${pad('scan', 7)}`,
    );
    const printRow = (row) => {
      const added = row.relief.taskMs - row.none.taskMs;
      const floor = row.empty.taskMs - row.none.taskMs;
      console.log(
        `  ${row.name.slice(-43).padEnd(44)}${pad(fmt(row.none.taskMs), 8)}${pad(ms(floor), 8)}${pad(ms(added), 8)}` +
          `${pad(ms(added - floor), 8)}${pad(pct(added - floor, row.none.taskMs), 8)}${pad(row.none.heapMb.toFixed(2), 8)}` +
          `${pad(mb(row.empty.heapMb - row.none.heapMb), 7)}${pad(mb(row.relief.heapMb - row.none.heapMb), 7)}` +
          `${pad(fmt(row.empty.scanMs), 7)}${pad(fmt(row.relief.scanMs), 7)}`,
      );
    };
    const rows = await measure(pages, contexts, printRow);
    const extra = await measure(
      [
        { name: `generated/${NO_TERMS_PAGE}`, url: synthetic.url(NO_TERMS_PAGE) },
        { name: 'generated/frames-0.html', url: synthetic.url('frames-0.html') },
        { name: `generated/frames-${FRAMES}.html`, url: synthetic.url(`frames-${FRAMES}.html`) },
        { name: `generated/${OCCURRENCES_PAGE}`, url: synthetic.url(OCCURRENCES_PAGE) },
      ],
      contexts,
      printRow,
    );
    const cards = await measureCards(contexts.relief, [...pages, ...fixturePages]);
    const neverRun = { noTerms: await measureNeverRun(contexts.relief, synthetic.url(NO_TERMS_PAGE)), pages: [] };
    for (const page of pages) neverRun.pages.push(await measureNeverRun(contexts.relief, page.url));
    return summarise(rows, extra, cards, neverRun);
  } finally {
    await Promise.all(Object.values(contexts).map((c) => c.close()));
    await synthetic.close();
  }
}

function summarise(rows, [noTerms, frames0, framesN, occurrences], cards, neverRun) {
  const added = (row, key) => row[key].taskMs - row.none.taskMs;
  const beyond = (row) => row.relief.taskMs - row.empty.taskMs;
  const addedHeap = (row, key) => row[key].heapMb - row.none.heapMb;
  const perFrame = (key) => (framesN[key].taskMs - frames0[key].taskMs) / FRAMES;
  const largest = [...rows].sort((a, b) => b.none.heapMb - a.none.heapMb)[0];
  const summary = {
    pages: rows.length,
    ownMs: median(rows.map((r) => r.none.taskMs)),
    emptyMs: median(rows.map((r) => added(r, 'empty'))),
    reliefMs: median(rows.map((r) => added(r, 'relief'))),
    beyondMs: median(rows.map(beyond)),
    beyondPct: median(rows.map((r) => (100 * beyond(r)) / r.none.taskMs)),
    noTermsRelief: added(noTerms, 'relief'),
    noTermsEmpty: added(noTerms, 'empty'),
    heapMedianMb: median(rows.map((r) => addedHeap(r, 'relief'))),
    heapBeyondMb: median(rows.map((r) => r.relief.heapMb - r.empty.heapMb)),
    heapLargestMb: largest ? addedHeap(largest, 'relief') : 0,
    heapLargestBeyondMb: largest ? largest.relief.heapMb - largest.empty.heapMb : 0,
    largestPage: largest?.name,
    heapOccurrencesBeyondMb: occurrences.relief.heapMb - occurrences.empty.heapMb,
    perFrame: { none: perFrame('none'), empty: perFrame('empty'), relief: perFrame('relief') },
    cardMs: median(cards),
    floorTotalMs: rows.reduce((total, r) => total + r.empty.scanMs, 0),
    scanTotalMs: rows.reduce((total, r) => total + r.relief.scanMs, 0),
    noTermsScanMs: noTerms.relief.scanMs,
    scriptKb: neverRun.noTerms.scriptBytes / 1e3,
    neverRunNoTermsKb: neverRun.noTerms.neverRunBytes / 1e3,
    neverRunMedianKb: median(neverRun.pages.map((p) => p.neverRunBytes)) / 1e3,
  };
  console.log('\n  Per-page cost summary (medians over the pages; targets in brackets)');
  if (rows.length > 0) {
    console.log(
      `    page's own ${fmt(summary.ownMs)} ms; the empty script adds ${ms(summary.emptyMs)} ms, Relief Lens ${ms(summary.reliefMs)} ms; ` +
        `Relief Lens beyond the empty script ${ms(summary.beyondMs)} ms = ${summary.beyondPct.toFixed(1)} % of the page's own [≤ 10 %]`,
    );
    console.log(
      `    JS heap added: Relief Lens ${mb(summary.heapMedianMb)} MB, beyond the empty script ${mb(summary.heapBeyondMb)} MB [≤ 0.4]; ` +
        `largest page (${summary.largestPage}) ${mb(summary.heapLargestMb)} MB, ` +
        `beyond the empty script ${mb(summary.heapLargestBeyondMb)} MB [≤ 2]`,
    );
    console.log(
      `    first scan as a content script, busy: ${fmt(summary.scanTotalMs)} ms over the pages against the floor walk's ` +
        `${fmt(summary.floorTotalMs)} ms = ${ratio(summary.scanTotalMs, summary.floorTotalMs)} [≤ 2.5×]`,
    );
  }
  console.log(
    `    JS heap on a page of 50,000 occurrences, beyond the empty script: ${mb(summary.heapOccurrencesBeyondMb)} MB [≤ 2]`,
  );
  console.log(
    `    2 KB page without a term: empty ${ms(summary.noTermsEmpty)} ms, Relief Lens ${ms(summary.noTermsRelief)} ms = ` +
      `${(summary.noTermsRelief / Math.max(summary.noTermsEmpty, 0.1)).toFixed(2)}× the empty script's [≤ 2×]; ` +
      `its first scan ${fmt(summary.noTermsScanMs)} ms busy [≤ 1 ms]`,
  );
  console.log(
    `    per extra same-origin frame (${FRAMES} frames vs none): page ${fmt(summary.perFrame.none)} ms; added by the empty script ` +
      `${ms(summary.perFrame.empty - summary.perFrame.none)} ms, by Relief Lens ${ms(summary.perFrame.relief - summary.perFrame.none)} ms; ` +
      `heap per frame: empty ${mb((framesN.empty.heapMb - frames0.empty.heapMb - framesN.none.heapMb + frames0.none.heapMb) / FRAMES)} MB, ` +
      `Relief Lens ${mb((framesN.relief.heapMb - frames0.relief.heapMb - framesN.none.heapMb + frames0.none.heapMb) / FRAMES)} MB`,
  );
  console.log(
    `    first card painted after the hover dwell ends: median ${fmt(summary.cardMs)} ms over ${cards.length} pages ` +
      `(each: ${cards.map(fmt).join(', ')}) [≤ 100 ms]`,
  );
  console.log(
    `    content.js never called on the load (V8 coverage, one load each): ${summary.neverRunNoTermsKb.toFixed(1)} of ` +
      `${summary.scriptKb.toFixed(1)} KB on the 2 KB page` +
      (rows.length > 0 ? `, median ${summary.neverRunMedianKb.toFixed(1)} KB over the pages` : '') +
      `: what compiling it whole on load would keep as bytecode`,
  );
  return summary;
}
