import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TERMS } from '@/lib/guide';
import { axeViolations, BROWSERS, launch, type ExtensionSession, type TestPage } from './harness';

/** Ids of the glossary entries a reader can see (rendered and not hidden by the search). */
function visibleEntryIds(page: TestPage): Promise<string[]> {
  return page.evaluate(
    () =>
      [...document.querySelectorAll<HTMLElement>('.entry')]
        .filter((e) => e.getClientRects().length > 0)
        .map((e) => e.id),
    null,
  );
}

describe.each(BROWSERS)('the guide page in %s', (browserName) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launch(browserName);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('opens a deep link scrolled to the entry, with focus on it', async () => {
    const page = await session.openExtensionPage('guide.html#term-deep-tissue-massage');
    await page.waitFor(
      () => {
        const entry = document.getElementById('term-deep-tissue-massage');
        if (!entry || document.activeElement !== entry) return false;
        const top = entry.getBoundingClientRect().top;
        return top >= 0 && top < window.innerHeight * 0.25;
      },
      null,
      'the deep-tissue entry focused near the top of the viewport',
    );
    // The page really scrolled: the entry sits far down the document.
    expect(await page.evaluate(() => window.scrollY, null)).toBeGreaterThan(300);
    expect(page.errors()).toEqual([]);
    await page.close();
  });

  it('narrows the glossary as the reader types, and a link to a hidden entry clears the search', async () => {
    const expected = TERMS.filter((term) =>
      [term.name, ...term.forms.map((form) => form.text)].some((text) => text.toLowerCase().includes('sciatic')),
    ).map((term) => `term-${term.id}`);
    expect(expected.length).toBeGreaterThan(0);

    const page = await session.openExtensionPage('guide.html');
    await page.waitFor(() => document.querySelectorAll('.entry').length > 0, null, 'the glossary');
    expect((await visibleEntryIds(page)).length).toBe(TERMS.length);

    await page.click('#glossary-search');
    await page.type('sciatic');
    await page.waitFor(
      (n) => document.getElementById('glossary-count')?.textContent?.startsWith(`${n} of`),
      expected.length,
      'the result count in the live region',
    );
    expect((await visibleEntryIds(page)).sort()).toEqual([...expected].sort());

    // The technique table links to entries the search now hides.
    await page.click('.technique-table a[href="#term-swedish-massage"]');
    await page.waitFor(
      () => document.activeElement?.id === 'term-swedish-massage',
      null,
      'focus on the Swedish massage entry',
    );
    expect(
      await page.evaluate(() => (document.getElementById('glossary-search') as HTMLInputElement).value, null),
    ).toBe('');
    expect((await visibleEntryIds(page)).length).toBe(TERMS.length);
    await page.close();
  });

  it('has no axe-core violations in light mode', async () => {
    const page = await session.openExtensionPage('guide.html');
    await page.waitFor(() => document.querySelectorAll('.entry').length > 0, null, 'the glossary');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  // Firefox can only take the colour scheme at launch, so dark mode gets a session of its own.
  it('has no axe-core violations in dark mode', async () => {
    const dark = await launch(browserName, { colorScheme: 'dark' });
    try {
      const page = await dark.openExtensionPage('guide.html');
      await page.waitFor(
        () => document.querySelectorAll('.entry').length > 0 && matchMedia('(prefers-color-scheme: dark)').matches,
        null,
        'the glossary in dark mode',
      );
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor, null)).not.toBe(
        'rgb(255, 255, 255)',
      );
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await dark.close();
    }
  });
});
