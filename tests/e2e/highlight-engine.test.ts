/**
 * The page engine injected into plain Chromium (no extension): what the built extension cannot show
 * as directly: open shadow roots.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { bundleEngine } from '@/tests/bench/bundle-engine.mjs';
import { startServer, type FixtureServer } from './harness';

let browser: Browser;
let server: FixtureServer;
let engine: string;

beforeAll(async () => {
  [engine, server] = await Promise.all([bundleEngine(), startServer()]);
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox'],
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openWithEngine(path: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(server.url(path));
  await page.evaluate(engine);
  return page;
}

const scan = (page: Page) => page.evaluate(() => (window as any).reliefLensBench.scan({ density: 'all' }));

describe('open shadow roots', () => {
  it('highlights text inside open shadow roots, nested ones and ones added later, and follows their changes', async () => {
    const page = await openWithEngine('article.html');
    await page.evaluate(() => {
      const host = document.createElement('aside');
      const shadow = host.attachShadow({ mode: 'open' });
      shadow.innerHTML = '<p>Shadow text: a hot stone massage.</p><div></div>';
      shadow.querySelector('div')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Nested: shiatsu.</p>';
      document.body.append(host);
    });
    await scan(page);
    const inShadow = () =>
      page.evaluate(() =>
        (window as any).reliefLensBench
          .highlightTexts()
          .filter((t: string) => /hot stone|thai|shiatsu|trigger/i.test(t))
          .sort(),
      );
    // The first scan walks text only; shadow roots are found once the page is idle, then scanned.
    await expect
      .poll(inShadow, { timeout: 10_000 })
      .toEqual(['hot-stone-massage:hot stone massage', 'shiatsu:shiatsu']);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Added later: Thai massage.';
      document.querySelector('aside')!.shadowRoot!.append(p);
      const host = document.createElement('section');
      host.attachShadow({ mode: 'open' }).innerHTML = '<p>A new host: trigger point therapy.</p>';
      document.body.append(host);
    });
    await expect
      .poll(inShadow, { timeout: 10_000 })
      .toEqual([
        'hot-stone-massage:hot stone massage',
        'shiatsu:shiatsu',
        'thai-massage:Thai massage',
        'trigger-point-therapy:trigger point therapy',
      ]);
    // Removing a host takes the text of its shadow roots, nested ones included, with it.
    await page.evaluate(() => document.querySelector('aside')!.remove());
    await expect.poll(inShadow, { timeout: 10_000 }).toEqual(['trigger-point-therapy:trigger point therapy']);
    await page.close();
  });
});

describe('removed text', () => {
  it('moves a term’s highlights to its next occurrences and lowers its count when its text is removed', async () => {
    const page = await openWithEngine('smoke.html');
    await page.evaluate(() => {
      const paragraphs = ['Sciatica and a Swedish massage.', ...[1, 2, 3, 4, 5].map((n) => `Shiatsu session ${n}.`)];
      document.body.replaceChildren(
        ...paragraphs.map((text) => Object.assign(document.createElement('p'), { textContent: text })),
      );
    });
    await page.evaluate(() => (window as any).reliefLensBench.scan({ density: 'first' }));
    const highlightedSessions = () =>
      page.evaluate(() => {
        const ranges: AbstractRange[] = [];
        (CSS as any).highlights.forEach((h: Set<AbstractRange>) => ranges.push(...h));
        return ranges
          .map((r) => r.startContainer.textContent ?? '')
          .filter((text) => text.startsWith('Shiatsu'))
          .sort();
      });
    expect(await highlightedSessions()).toEqual(['Shiatsu session 1.', 'Shiatsu session 2.', 'Shiatsu session 3.']);
    await page.evaluate(() => [...document.querySelectorAll('p')].slice(1, 3).forEach((p) => p.remove()));
    await expect
      .poll(highlightedSessions, { timeout: 10_000 })
      .toEqual(['Shiatsu session 3.', 'Shiatsu session 4.', 'Shiatsu session 5.']);
    expect(await page.evaluate(() => (window as any).reliefLensBench.counts())).toMatchObject({
      shiatsu: 3,
      sciatica: 1,
    });
    // The batch had only removals: no text was scanned for it.
    const rescans = await page.evaluate(() => (window as any).reliefLensBench.rescans());
    expect(rescans.at(-1)).toMatchObject({ textNodes: 0, matches: 0 });
    await page.close();
  });
});
