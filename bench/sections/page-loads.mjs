/**
 * One page loaded in turns in three browsers, as the cost section measures it: no extension, an empty
 * extension whose content script only sets a mark (the floor any content script pays), and Relief Lens
 * as built. Per load: the renderer's main-thread time (CDP `Performance.getMetrics` TaskDuration, from
 * navigation until the renderer goes quiet), the JS heap after a forced GC, and the first scan's busy
 * time in the content script's own world (the floor walk for the empty script).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { floorWalk, median } from '../harness.mjs';

export const LOADS = Math.max(5, Number(process.env.BENCH_LOADS ?? 5));
/** Quiet: TaskDuration grew by less than this over one poll, twice in a row. */
const QUIET_MS = 1;
const POLL_MS = 250;

const EMPTY_EXTENSION = 'Empty content script';

/** The empty extension: a manifest and a content script that sets one mark, in every frame, as Relief Lens runs. */
export function writeEmptyExtension(scratch) {
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
export async function measure(pages, contexts, onRow) {
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
