import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePolicy } from '@/lib/privacy/policy-blocks';
import { axeViolations, BROWSERS, launch, type ExtensionSession, type TestPage } from './harness';

/** The headings of PRIVACY.md, the one text of the policy, which the page must show. */
const HEADINGS = parsePolicy(readFileSync(resolve(import.meta.dirname, '../../PRIVACY.md'), 'utf8'))
  .filter((block) => block.kind === 'heading')
  .map((block) => block.spans.map((span) => span.text).join(''));

const shownHeadings = (page: TestPage) =>
  page.evaluate(() => [...document.querySelectorAll('h1, h2')].map((h) => h.textContent), null);

const waitForPolicy = (page: TestPage) =>
  page.waitFor(() => document.querySelector('.privacy h1') !== null, null, 'the privacy policy');

describe.each(BROWSERS)('the privacy page in %s', (browserName) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launch(browserName);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows PRIVACY.md, whole, without errors or axe-core violations', async () => {
    const page = await session.openExtensionPage('privacy.html');
    await waitForPolicy(page);
    expect(await shownHeadings(page)).toEqual(HEADINGS);
    expect(await page.evaluate(() => document.querySelectorAll('.privacy li').length, null)).toBeGreaterThan(5);
    expect(await axeViolations(page)).toEqual([]);
    expect(page.errors()).toEqual([]);
    await page.close();
  });

  it.each(['options.html', 'guide.html'])('is linked from %s', async (from) => {
    const page = await session.openExtensionPage(from);
    await page.waitFor(() => document.querySelector('a[href="privacy.html"]') !== null, null, 'the privacy link');
    await page.click('a[href="privacy.html"]');
    await page.waitFor(
      () => location.pathname === '/privacy.html' && document.querySelector('.privacy h1') !== null,
      null,
      'the privacy page after the click',
    );
    expect(await shownHeadings(page)).toEqual(HEADINGS);
    await page.close();
  });

  // Firefox takes the colour scheme only at launch, so dark mode gets a session of its own.
  it('has no axe-core violations in dark mode', async () => {
    const dark = await launch(browserName, { colorScheme: 'dark' });
    try {
      const page = await dark.openExtensionPage('privacy.html');
      await page.waitFor(
        () => document.querySelector('.privacy h1') !== null && matchMedia('(prefers-color-scheme: dark)').matches,
        null,
        'the privacy policy in dark mode',
      );
      // The dark theme's page background (components/theme.css).
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor, null)).toBe('rgb(21, 25, 30)');
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await dark.close();
    }
  });
});
