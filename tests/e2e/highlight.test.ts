import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, startServer, type ExtensionSession, type FixtureServer, type TestPage } from './harness';

interface SeenHighlight {
  name: string;
  text: string;
  /** The id of the nearest ancestor with one: which part of a fixture the highlight sits in. */
  within: string;
  connected: boolean;
}

/** Reads the extension's highlights back the way the page itself could: through CSS.highlights. */
function readHighlights(page: TestPage): Promise<SeenHighlight[]> {
  return page.evaluate(() => {
    const seen: SeenHighlight[] = [];
    (CSS as any).highlights.forEach((highlight: Set<AbstractRange>, name: string) => {
      if (!name.startsWith('relief-lens')) return;
      for (const r of highlight) {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        const element = r.startContainer.parentElement;
        seen.push({
          name,
          text: range.toString(),
          within: element?.closest('[id]')?.id ?? '',
          connected: r.startContainer.isConnected,
        });
      }
    });
    return seen;
  }, null);
}

const scanned = (page: TestPage) =>
  page.waitFor(() => performance.getEntriesByName('relief-lens:scan').length > 0, null, 'the first scan');

const texts = (seen: SeenHighlight[]) => seen.map((h) => h.text.toLowerCase());

describe.each(BROWSERS)('highlighting in %s', (browserName) => {
  let session: ExtensionSession;
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startServer();
    session = await launch(browserName);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('highlights the six techniques on a booking page, and nothing in its form controls', async () => {
    const page = await session.newPage(server.url('booking.html'));
    await scanned(page);
    const seen = await readHighlights(page);
    for (const technique of [
      'swedish massage',
      'deep tissue massage',
      'hot stone massage',
      'thai massage',
      'shiatsu',
      'trigger point therapy',
    ]) {
      expect(texts(seen)).toContain(technique);
    }
    expect(texts(seen)).toContain('licensed massage therapists');
    expect(seen.every((h) => /^relief-lens-u-[a-z]+$/.test(h.name))).toBe(true);
    expect(seen.filter((h) => h.within === 'booking')).toEqual([]); // the select's options and the textarea
    const detail = await page.evaluate(() => {
      const { textNodes, chars, matches, busyMs } = (
        performance.getEntriesByName('relief-lens:scan')[0] as PerformanceMeasure
      ).detail;
      return { textNodes, chars, matches, busyMs };
    }, null);
    expect(detail.matches).toBeGreaterThanOrEqual(seen.length);
    expect(detail.textNodes).toBeGreaterThan(10);
    expect(detail.busyMs).toBeGreaterThan(0);
    await page.close();
  });

  it('highlights conditions, posture and strokes in a blog post on back pain', async () => {
    const page = await session.newPage(server.url('article.html'));
    await scanned(page);
    const found = texts(await readHighlights(page));
    for (const term of ['sciatica', 'herniated disc', 'poor posture', 'effleurage', 'petrissage', 'lower back pain'])
      expect(found).toContain(term);
    await page.close();
  });

  it('puts the highlight styles into a frame only once it draws a highlight there', async () => {
    // What the page computes for the underline of a technique: the styles' colour once they are in.
    const underline = (page: TestPage) =>
      page.evaluate(
        () => getComputedStyle(document.body, '::highlight(relief-lens-u-technique)').textDecorationColor,
        null,
      );
    const plain = await session.newPage(server.url('physics.html'));
    await scanned(plain);
    const unstyled = await underline(plain);
    const page = await session.newPage(server.url('booking.html'));
    await page.waitFor(
      () =>
        getComputedStyle(document.body, '::highlight(relief-lens-u-technique)').textDecorationColor ===
        'rgb(13, 148, 136)',
      null,
      'the highlight styles',
    );
    // The booking page's request went through the background after any the plain page could have sent.
    expect(unstyled).not.toBe('rgb(13, 148, 136)');
    expect(await underline(plain)).toBe(unstyled);
    await page.close();
    await plain.close();
  });

  it('leaves a physics page plain: friction, tension and compression need a page about massage', async () => {
    const page = await session.newPage(server.url('physics.html'));
    await scanned(page);
    expect(await readHighlights(page)).toEqual([]);
    await page.close();
  });

  it('highlights text in open shadow roots: a custom element’s, a nested one, an empty div’s; not a closed one', async () => {
    const page = await session.newPage(server.url('shadow-roots.html'));
    await page.waitFor(
      () => performance.getEntriesByName('relief-lens:shadow-roots').length > 0,
      null,
      'the search for shadow roots',
    );
    const inShadow = async () => {
      const seen = await readHighlights(page);
      return seen.map((h) => `${h.within}:${h.text}`).sort();
    };
    await expect
      .poll(inShadow, { timeout: 10_000 })
      .toEqual(['in-card:Swedish massage', 'in-card:lower back pain', 'in-empty:hot stone massage', 'nested:shiatsu']);
    await page.close();
  });

  it('skips inputs, editable areas, code, hidden text, but not the same terms around them', async () => {
    const page = await session.newPage(server.url('forms.html'));
    await scanned(page);
    const seen = await readHighlights(page);
    expect(seen.filter((h) => h.within.startsWith('in-'))).toEqual([]);
    expect(seen.filter((h) => h.within === 'outside').map((h) => h.text)).toEqual([
      'Swedish massage',
      'sciatica',
      'osteoporosis',
    ]);
    expect(seen.filter((h) => h.within === 'after').map((h) => h.text)).toContain('massage therapist');
    expect(await page.evaluate(() => (document.getElementById('in-input') as HTMLInputElement).value, null)).toBe(
      'sciatica after a deep tissue massage',
    );
    await page.close();
  });

  it('follows text made hidden, shown, editable or no longer editable after the first scan', async () => {
    const page = await session.newPage(server.url('forms.html'));
    await scanned(page);
    /** The highlighted texts inside the element with this id, once they equal `expected`. */
    const waitForTexts = (id: string, expected: string[]) =>
      page.waitFor(
        ({ id, expected }) => {
          const element = document.getElementById(id)!;
          const texts: string[] = [];
          (CSS as any).highlights.forEach((h: Set<AbstractRange>, name: string) => {
            if (!name.startsWith('relief-lens')) return;
            for (const r of h)
              if (element.contains(r.startContainer))
                texts.push(r.startContainer.textContent!.slice(r.startOffset, r.endOffset));
          });
          return texts.sort().join('|') === [...expected].sort().join('|');
        },
        { id, expected },
        `highlights in #${id}: ${expected.join(', ') || 'none'}`,
      );
    await waitForTexts('outside', ['Swedish massage', 'sciatica', 'osteoporosis']);
    await page.evaluate(() => document.getElementById('outside')!.setAttribute('contenteditable', 'true'), null);
    await waitForTexts('outside', []);
    await page.evaluate(() => document.getElementById('outside')!.removeAttribute('contenteditable'), null);
    await waitForTexts('outside', ['Swedish massage', 'sciatica', 'osteoporosis']);
    await page.evaluate(() => {
      document.getElementById('in-hidden')!.hidden = false;
      document.getElementById('in-aria')!.removeAttribute('aria-hidden');
    }, null);
    await waitForTexts('in-hidden', ['herniated disc']);
    await waitForTexts('in-aria', ['Thai massage']);
    await page.evaluate(() => document.getElementById('in-aria')!.setAttribute('aria-hidden', 'true'), null);
    await waitForTexts('in-aria', []);
    expect(await page.evaluate(() => document.getElementById('outside')!.textContent, null)).toBe(
      'Before your first Swedish massage, tell us about any sciatica or osteoporosis.',
    );
    await page.close();
  });

  it('follows a page that re-renders, without errors, and drops highlights of removed text', async () => {
    const page = await session.newPage(server.url('react-app.html'));
    await scanned(page);
    const renders = () => page.evaluate(() => Number(document.getElementById('renders')!.textContent), null);
    const start = await renders();
    await page.waitFor(
      (n) => Number(document.getElementById('renders')!.textContent) >= n + 6,
      start,
      'six more renders',
    );
    // Whenever the rebuilt list has settled, its current items are highlighted and no old range is left.
    await page.waitFor(
      () => {
        const ranges: AbstractRange[] = [];
        (CSS as any).highlights.forEach(
          (h: Set<AbstractRange>, name: string) => name.startsWith('relief-lens') && ranges.push(...h),
        );
        const items = [...document.querySelectorAll('#slots li')];
        return (
          ranges.length > 0 &&
          ranges.every((r) => r.startContainer.isConnected) &&
          items.every((li) => ranges.some((r) => li.contains(r.startContainer)))
        );
      },
      null,
      'highlights on the current list items only',
    );
    expect(await page.evaluate(() => performance.getEntriesByName('relief-lens:rescan').length, null)).toBeGreaterThan(
      0,
    );
    expect(page.errors()).toEqual([]);
    await page.close();
  });

  it('scans afresh after a single-page navigation', async () => {
    const page = await session.newPage(server.url('article.html'));
    await scanned(page);
    await page.evaluate(() => {
      history.pushState({}, '', '?page=2');
      document
        .querySelector('article')!
        .replaceChildren(Object.assign(document.createElement('p'), { textContent: 'Page two: shiatsu.' }));
    }, null);
    await page.waitFor(
      () => (performance.getEntriesByName('relief-lens:scan').at(-1) as PerformanceMeasure).detail.count === 2,
      null,
      'a second full scan',
    );
    await page.waitFor(
      () => {
        const texts: string[] = [];
        (CSS as any).highlights.forEach((h: Set<AbstractRange>, name: string) => {
          if (name.startsWith('relief-lens'))
            for (const r of h) texts.push(r.startContainer.textContent!.slice(r.startOffset, r.endOffset));
        });
        return texts.join() === 'shiatsu';
      },
      null,
      'only the new page highlighted',
    );
    await page.close();
  });

  it('clears highlights when the site is switched off, and brings them back when it is switched on, without a reload', async () => {
    const page = await session.newPage(server.url('article.html'));
    await scanned(page);
    expect((await readHighlights(page)).length).toBeGreaterThan(0);
    const extensionPage = await session.openExtensionPage('popup.html');
    const store = (disabledSites: string[]) =>
      extensionPage.evaluate(
        (sites) =>
          ((globalThis as any).browser ?? (globalThis as any).chrome).storage.local.set({
            settings: { disabledSites: sites, style: 'background' },
            settings$: { v: 2 },
          }),
        disabledSites,
      );
    try {
      await store(['127.0.0.1']);
      await page.waitFor(
        () => [...(CSS as any).highlights.keys()].every((name: string) => !name.startsWith('relief-lens')),
        null,
        'no relief-lens highlights',
      );
      await store([]);
      await page.waitFor(
        () => [...(CSS as any).highlights.keys()].some((name: string) => name.startsWith('relief-lens-b-')),
        null,
        'background-style highlights back',
      );
      expect(page.errors()).toEqual([]);
    } finally {
      await extensionPage.evaluate(
        () => ((globalThis as any).browser ?? (globalThis as any).chrome).storage.local.clear(),
        null,
      );
      await extensionPage.close();
      await page.close();
    }
  });
});
