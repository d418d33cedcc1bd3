/**
 * What every section of `npm run bench` shares: the browser, the pages, the built extension, and how
 * numbers are printed. Chromium comes from CHROME_PATH (default /usr/bin/chromium).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { bundleEngine } from './engine/bundle-engine.mjs';
import { CORPUS, OUT, ROOT } from '../scripts/paths.mjs';
import { FIXTURES, startServer } from '../scripts/serve.mjs';
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
];

export const fmt = (ms) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));
export const ratio = (a, b) => (b > 0 ? `${(a / b).toFixed(2)}×` : 'n/a');
export const pad = (s, n) => String(s).padStart(n);
export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : 0;
};

/**
 * The floor: one TreeWalker pass reading and lower-casing every text node, timed in the page. Passed
 * to `page.evaluate` as it is, or as source to a content script's world (the cost section).
 */
export function floorWalk() {
  const start = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let chars = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) chars += node.data.toLowerCase().length;
  return { ms: performance.now() - start, chars };
}

export function htmlFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...htmlFiles(path));
    else if (/\.html?$/.test(name)) out.push(path);
  }
  return out;
}

/** The directories a run covers: those named on the command line, else the fixtures and the corpus when present. */
export function benchDirs(args) {
  return args.length ? args.map((d) => resolve(d)) : [FIXTURES, ...(existsSync(CORPUS) ? [CORPUS] : [])];
}

/**
 * One server per directory and every HTML page under them, as `{ name, url, corpus }`.
 * @param {string[]} dirs
 */
export async function servePages(dirs) {
  const servers = await Promise.all(dirs.map((dir) => startServer([dir])));
  const pages = dirs.flatMap((dir, i) =>
    htmlFiles(dir).map((file) => ({
      name: relative(ROOT, file),
      url: servers[i].url(relative(dir, file)),
      corpus: file.startsWith(CORPUS),
    })),
  );
  return { servers, pages, close: () => Promise.all(servers.map((s) => s.close())) };
}

/** Refuses every request that leaves this machine (saved pages still name their sites' resources). */
const keepLocal = (context) =>
  context.route(/^(?!http:\/\/127\.0\.0\.1[:/]|data:|blob:|chrome-extension:)/, (route) => route.abort());

/** Builds Relief Lens for Chromium (honouring RELIEF_LENS_OUT) and returns the unpacked build's folder. */
export function buildExtension() {
  if (spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'ignore', env: process.env }).status !== 0)
    throw new Error('wxt build failed');
  return resolve(OUT, 'chrome-mv3');
}

/** A folder for this run's browser profiles and generated files, removed by `dispose()`. */
export function scratch() {
  const dir = mkdtempSync(join(tmpdir(), 'relief-lens-bench-'));
  return {
    dir,
    file(name, text) {
      const path = join(dir, name);
      writeFileSync(path, text);
      return path;
    },
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A persistent Chromium context with `extension` (an unpacked folder) loaded, or none. */
export async function launchWithExtension(profileRoot, extension) {
  const args = extension ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : [];
  const context = await chromium.launchPersistentContext(mkdtempSync(join(profileRoot, 'profile-')), {
    executablePath: CHROME_PATH,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [...LAUNCH_ARGS, ...args],
  });
  await keepLocal(context);
  return context;
}

/**
 * A plain headless Chromium (no extension) for the engine sections: the engine is injected into each
 * page as a script. `withEngine(url, fn)` opens `url` on a fresh page, injects it, runs `fn(page)`.
 */
export async function openEngineBrowser() {
  const engine = await bundleEngine();
  const browser = await chromium.launch({ executablePath: CHROME_PATH, headless: true, args: LAUNCH_ARGS });
  // bypassCSP: saved pages carry their sites' CSP, which would refuse the injected scripts.
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 800 } });
  await keepLocal(context);
  const onFreshPage = async (url, fn) => {
    const page = await context.newPage();
    try {
      await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
      return await fn(page);
    } finally {
      await page.close({ runBeforeUnload: false }).catch(() => {});
    }
  };
  const withEngine = (url, fn) =>
    onFreshPage(url, async (page) => {
      await page.evaluate(engine);
      return fn(page);
    });
  return { engine, version: browser.version(), onFreshPage, withEngine, close: () => browser.close() };
}

/** Every page's text size, from one floor pass each: what sections that pick pages by size need when the scan section did not run. */
export async function measureSizes(engineBrowser, pages) {
  const rows = [];
  for (const { name, url } of pages) {
    const floor = await engineBrowser.withEngine(url, (page) => page.evaluate(floorWalk));
    rows.push({ name, url, chars: floor.chars, floor: floor.ms });
  }
  return rows;
}

/** The smallest page with some text, the median page and the largest, by characters of text. */
export function pickBySize(rows) {
  const byChars = [...rows].sort((a, b) => a.chars - b.chars);
  return {
    smallest: byChars.find((r) => r.chars > 500) ?? byChars[0],
    median: byChars[Math.floor((byChars.length - 1) / 2)],
    largest: byChars.at(-1),
  };
}
