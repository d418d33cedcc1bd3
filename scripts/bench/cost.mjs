#!/usr/bin/env node
/**
 * `node scripts/bench/cost.mjs [DIR…]`: the per-page cost section alone (corpus pages; fixtures when
 * absent). BENCH_EXTENSION names an unpacked Chromium build to measure instead of building one.
 */
import { existsSync } from 'node:fs';
import { FIXTURES } from '../serve.mjs';
import { buildExtension, CORPUS, scratch, servePages } from './harness.mjs';
import { runPageCost } from './page-cost.mjs';

const dirs = process.argv.slice(2).length ? process.argv.slice(2) : [existsSync(CORPUS) ? CORPUS : FIXTURES];
const extension = process.env.BENCH_EXTENSION ?? buildExtension();
const served = await servePages(dirs);
const fixtures = await servePages([FIXTURES]);
const tmp = scratch();
try {
  await runPageCost({ pages: served.pages, fixturePages: fixtures.pages, extension, scratch: tmp });
} finally {
  await served.close();
  await fixtures.close();
  tmp.dispose();
}
