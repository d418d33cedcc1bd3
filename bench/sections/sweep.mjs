/** The scale section: time per MB as the text grows (1×/10×/100×), and as the form index grows (real/10×/100×). */
import { floorWalk, fmt, pad, pickBySize, ratio } from '../harness.mjs';

export async function runSweep({ withEngine }, rows) {
  const { median: medianPage } = pickBySize(rows);
  const sweepPage = medianPage;
  async function scaledScan(times, extraForms) {
    return withEngine(sweepPage.url, async (page) => {
      await page.evaluate((times) => {
        const copy = document.body.innerHTML;
        for (let i = 1; i < times; i++) document.body.insertAdjacentHTML('beforeend', copy);
      }, times);
      const floor = await page.evaluate(floorWalk);
      const scan = await page.evaluate(
        (n) => window.reliefLensBench.scan({ density: 'all', extraForms: n }),
        extraForms,
      );
      // Per MB of text, without compiling the matcher (a fixed cost per page, reported on its own).
      return { floor, scan, perMb: (scan.detail.busyMs - scan.detail.matcherMs) / (scan.detail.chars / 1e6) };
    });
  }

  const formCount = await withEngine(sweepPage.url, (page) =>
    page.evaluate(() => window.reliefLensBench.forms().length),
  );
  console.log(`\nScale sweep on ${sweepPage.name} (the median page by text), density "all"`);
  for (const times of [1, 10, 100]) {
    const { scan, perMb, floor } = await scaledScan(times, 0);
    console.log(
      `  text ${pad(`${times}×`, 4)} ${pad((scan.detail.chars / 1e6).toFixed(2), 6)} MB: engine ${pad(fmt(scan.detail.busyMs), 6)} ms, ${pad(fmt(perMb), 6)} ms/MB without compiling` +
        ` (floor ${fmt(floor.ms)} ms, ${ratio(scan.detail.busyMs, floor.ms)}), longest slice ${fmt(scan.detail.longestSliceMs)} ms, ` +
        `long tasks ${scan.longTasks.length ? scan.longTasks.map(fmt).join('/') + ' ms' : 'none'}`,
    );
  }
  // Three fresh pages per form index, the median kept: one scan of the 10× page swings by 2× from run to
  // run here (the JIT's and GC's timing), more than the glossaries differ.
  const FORM_INDEX_RUNS = 3;
  const formIndex = [];
  for (const [label, extra] of [
    ['real', 0],
    ['10×', formCount * 9],
    ['100×', formCount * 99],
  ]) {
    const runs = [];
    for (let i = 0; i < FORM_INDEX_RUNS; i++) runs.push(await scaledScan(10, extra));
    const result = runs.sort((a, b) => a.perMb - b.perMb)[Math.floor(FORM_INDEX_RUNS / 2)];
    formIndex.push(result);
    console.log(
      `  form index ${pad(label, 4)} (${pad(formCount + extra, 5)} forms) on 10× text: ${pad(fmt(result.perMb), 6)} ms/MB scanning (median of ${FORM_INDEX_RUNS}); compiling the matcher ${fmt(result.scan.detail.matcherMs)} ms, longest slice ${fmt(result.scan.detail.longestSliceMs)} ms`,
    );
  }
  console.log(
    `  time per MB, 100× form index vs real: ${ratio(formIndex[2].perMb, formIndex[0].perMb)} (target ≤ 1.5×)`,
  );
  const coldBuild = await withEngine(sweepPage.url, (page) =>
    page.evaluate(() => window.reliefLensBench.buildMatcher()),
  );
  console.log(
    `  building the real form index's matcher, cold: ${fmt(coldBuild)} ms vs one floor pass over the median page ${fmt(medianPage.floor)} ms (target: less)`,
  );
}
