/**
 * How much of the content script a page never runs, from V8's precise coverage of one load: the bytes
 * of its source inside functions not called once by the end of the idle pass after the first scan.
 * Compiling a script whole as it loads (V8's `//# allFunctionsCalledOnLoad`) takes the first calls'
 * compiling off the first scan, but keeps bytecode for exactly these functions on every page: this is
 * what that would cost, and why the script is compiled function by function (BENCHMARK.md).
 */

const CONTENT_SCRIPT = '/content-scripts/content.js';

/** Bytes covered by `ranges` (start-sorted), counting nested ranges once. */
function unionBytes(ranges) {
  let bytes = 0;
  let end = -1;
  for (const { startOffset, endOffset } of ranges) {
    if (endOffset <= end) continue;
    bytes += endOffset - Math.max(startOffset, end);
    end = endOffset;
  }
  return bytes;
}

/**
 * Loads `url` once in `context` (Relief Lens loaded) with coverage on and returns the content script's
 * size and the bytes of it in never-called functions.
 */
export async function measureNeverRun(context, url) {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    // Per function, not per block: a function is compiled whole or not at all.
    await cdp.send('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForFunction(() => performance.getEntriesByName('relief-lens:scan').length > 0, null, {
      timeout: 30_000,
    });
    // The idle pass for shadow roots runs after the first scan; it counts as run on every page.
    await page.waitForFunction(() => performance.getEntriesByName('relief-lens:shadow-roots').length > 0, null, {
      timeout: 30_000,
    });
    const { result } = await cdp.send('Profiler.takePreciseCoverage');
    const script = result.find((s) => s.url.endsWith(CONTENT_SCRIPT));
    if (!script) throw new Error(`no coverage for ${CONTENT_SCRIPT}`);
    const [top, ...functions] = script.functions;
    const never = functions
      .map((f) => f.ranges[0])
      .filter((r) => r.count === 0)
      .sort((a, b) => a.startOffset - b.startOffset);
    return { scriptBytes: top.ranges[0].endOffset, neverRunBytes: unionBytes(never) };
  } finally {
    await page.close({ runBeforeUnload: false }).catch(() => {});
  }
}
