#!/usr/bin/env node
/**
 * `npm run bench [-- [--only SECTION,…] DIR…]`: what the extension costs, measured now, in headless
 * Chromium (CHROME_PATH, default /usr/bin/chromium). Pages: every HTML page under DIR (default:
 * tests/fixtures, plus ../shared/corpus when present). Sections, each in bench/sections/:
 *   scan          per-page scan against a floor pass and mark.js, with totals (scan.mjs)
 *   mutation      1,000 paragraphs appended and removed in bursts (mutation.mjs)
 *   pathological  a 5 MB text node, 200,000 text nodes, 5,000-deep nesting (pathological.mjs)
 *   sweep         text 1×/10×/100×, form index real/10×/100× (sweep.mjs)
 *   startup       the built content script's longest task on a load (startup.mjs)
 *   cost          per-page cost against no extension and an empty content script (page-cost.mjs)
 *   churn         the churn fixture's 10 s storm, built extension against none, Chromium and Firefox (churn.mjs)
 *   card          the first card of a page, service worker awake and stopped (first-card.mjs)
 * The machine is shared: `--only` runs one section alone. Every number printed comes from this run.
 */
import { existsSync } from 'node:fs';
import { CORPUS } from '../scripts/paths.mjs';
import { FIXTURES } from '../scripts/serve.mjs';
import { benchDirs, buildExtension, measureSizes, openEngineBrowser, scratch, servePages } from './harness.mjs';
import { runChurn } from './sections/churn.mjs';
import { runFirstCard } from './sections/first-card.mjs';
import { runMutation } from './sections/mutation.mjs';
import { runPageCost } from './sections/page-cost.mjs';
import { runPathological } from './sections/pathological.mjs';
import { runScan } from './sections/scan.mjs';
import { runStartup } from './sections/startup.mjs';
import { runSweep } from './sections/sweep.mjs';

const SECTIONS = ['scan', 'mutation', 'pathological', 'sweep', 'startup', 'cost', 'churn', 'card'];
const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args.splice(onlyAt, 2)[1].split(',') : SECTIONS;
const unknown = only.filter((s) => !SECTIONS.includes(s));
if (unknown.length) throw new Error(`unknown section ${unknown.join(', ')}; sections: ${SECTIONS.join(', ')}`);
const wants = (section) => only.includes(section);

const dirs = benchDirs(args);
const served = await servePages(dirs);
const fixtures = await servePages([FIXTURES]);
console.log(`Relief Lens benchmark: ${served.pages.length} pages; sections ${only.join(', ')}`);

try {
  if (['scan', 'mutation', 'pathological', 'sweep'].some(wants)) {
    const engine = await openEngineBrowser();
    console.log(`headless Chromium ${engine.version}`);
    try {
      const rows = wants('scan') ? await runScan(engine, served.pages) : await measureSizes(engine, served.pages);
      if (wants('mutation')) await runMutation(engine, rows);
      if (wants('pathological'))
        await runPathological(engine, fixtures.pages.find((p) => p.name.endsWith('index.html')).url);
      if (wants('sweep')) await runSweep(engine, rows);
    } finally {
      await engine.close();
    }
  }
  if (wants('startup') || wants('cost') || wants('churn') || wants('card')) {
    const extension = buildExtension();
    if (wants('startup')) await runStartup(extension, fixtures.pages.find((p) => p.name.endsWith('article.html')).url);
    if (wants('cost')) {
      // The cost section is set on the corpus (fixtures when it is absent), unless pages were named.
      const costPages = args.length
        ? served.pages
        : existsSync(CORPUS)
          ? served.pages.filter((p) => p.corpus)
          : fixtures.pages;
      const tmp = scratch();
      try {
        await runPageCost({ pages: costPages, fixturePages: fixtures.pages, extension, scratch: tmp });
      } finally {
        tmp.dispose();
      }
    }
    if (wants('card')) {
      const tmp = scratch();
      try {
        // The corpus's pages first, as the cost section takes them, then the fixtures'.
        const corpusPages = served.pages.filter((p) => p.corpus);
        await runFirstCard({ pages: [...corpusPages, ...fixtures.pages], extension, scratch: tmp });
      } finally {
        tmp.dispose();
      }
    }
    if (wants('churn')) {
      const tmp = scratch();
      try {
        const url = fixtures.pages.find((p) => p.name.endsWith('hostile-scan/churn.html')).url;
        await runChurn({ extension, url, scratch: tmp });
      } finally {
        tmp.dispose();
      }
    }
  }
} finally {
  await served.close();
  await fixtures.close();
}
