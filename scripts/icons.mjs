#!/usr/bin/env node
/**
 * Renders assets/icon.svg to public/icon/{16,32,48,128}.png with headless Chromium, each size drawn from
 * the vector (never scaled from another PNG) so every size stays sharp. Run after changing the SVG and
 * commit the PNGs: `node scripts/icons.mjs`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '..');
const svg = readFileSync(resolve(root, 'assets/icon.svg'), 'utf8');
const SIZES = [16, 32, 48, 128];

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}</style><img src="${src}" width="${size}" height="${size}">`,
    );
    await page.waitForFunction(() => document.querySelector('img')?.complete);
    await page.screenshot({ path: resolve(root, `public/icon/${size}.png`), omitBackground: true });
    console.log(`public/icon/${size}.png`);
  }
} finally {
  await browser.close();
}
