#!/usr/bin/env node
/**
 * Renders assets/icon.svg to public/icon/{16,32,48,128}.png with headless Chromium, each size drawn from
 * the vector (never scaled from another PNG) so every size stays sharp. Run after changing the SVG and
 * commit the PNGs: `node scripts/icons.mjs`.
 *
 * The 128 px icon is the one the stores show: the Chrome Web Store asks for the artwork at 96 × 96 with
 * 16 px of transparent padding on every side, so that it sits level with other extensions' icons.
 * The toolbar sizes use their whole square.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '..');
const svg = readFileSync(resolve(root, 'assets/icon.svg'), 'utf8');
/** Each PNG's size, and the size of the artwork drawn centred inside it. */
const SIZES = [
  [16, 16],
  [32, 32],
  [48, 48],
  [128, 96],
];

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const [size, art] of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    const pad = (size - art) / 2;
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}img{display:block;margin:${pad}px}</style>` +
        `<img src="${src}" width="${art}" height="${art}">`,
    );
    await page.waitForFunction(() => document.querySelector('img')?.complete);
    await page.screenshot({ path: resolve(root, `public/icon/${size}.png`), omitBackground: true });
    console.log(`public/icon/${size}.png`);
  }
} finally {
  await browser.close();
}
