/**
 * The second round of hostile pages, in both browsers: a page that clears or overwrites the highlight
 * registry, one that covers an open card with a look-alike, code editors and design mode, printing,
 * and a page with 50,000 occurrences. Each fixture under tests/fixtures/hostile/ opens by hand too.
 */
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { findText } from './card-helpers';
import { BROWSERS, CARD_HOST, useSession, type TestPage } from './harness';

/** Every range the page's registry holds under the extension's names: its text, and its text node's. */
const ourRanges = (page: TestPage) =>
  page.evaluate(() => {
    const seen: Array<{ text: string; node: string }> = [];
    CSS.highlights.forEach((highlight, name) => {
      if (!name.startsWith('relief-lens')) return;
      for (const r of highlight as unknown as Set<AbstractRange>) {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        seen.push({ text: range.toString().toLowerCase(), node: r.startContainer.textContent ?? '' });
      }
    });
    return seen;
  }, null);

const ourHighlights = async (page: TestPage) => (await ourRanges(page)).map((r) => r.text).sort();

/** Waits until the extension's highlights hold exactly `terms` (lower case, in any order). */
const highlightedExactly = (page: TestPage, terms: string[], what: string) =>
  expect.poll(() => ourHighlights(page), { timeout: 20_000, message: what }).toEqual([...terms].sort());

async function openCard(page: TestPage, text: string, name: string): Promise<void> {
  const { x, y } = await findText(page, text, 'locate');
  await page.mouseMove(x, y);
  await page.waitForCard((root, name) => root?.querySelector('h2')?.textContent === name, name, `the card for ${name}`);
}

const cardIsOpen = (page: TestPage) =>
  page.evaluate((host) => document.querySelector(`:root > ${host}`)?.matches(':popover-open') ?? false, CARD_HOST);

/** The centre of the open card, as the person sees it. */
const cardCentre = (page: TestPage) =>
  page.inCard((root) => {
    const box = root!.querySelector('[role="dialog"]')!.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }, null);

/** The colours a PDF fills or strokes with ("r g b rg"), from its compressed content streams. */
function pdfColours(pdf: Buffer): Set<string> {
  const text = pdf.toString('latin1');
  const colours = new Set<string>();
  for (let at = text.indexOf('stream'); at >= 0; at = text.indexOf('stream', at + 1)) {
    const start = at + (text.startsWith('stream\r\n', at) ? 8 : 7);
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    let content: string;
    try {
      content = inflateSync(Buffer.from(text.slice(start, end), 'latin1')).toString('latin1');
    } catch {
      continue; // an image or a font: not drawing operators
    }
    for (const [, colour] of content.matchAll(/([\d.]+ [\d.]+ [\d.]+) (?:rg|RG)\b/g)) colours.add(colour!);
    at = end;
  }
  return colours;
}

describe.each(BROWSERS)('a second round of hostile pages in %s', (browserName) => {
  const env = useSession(browserName);

  it('draws its highlights again after the page clears the registry, and leaves the page its own', async () => {
    const page = await env.session.newPage(env.server.url('hostile/registry.html'));
    await highlightedExactly(page, ['swedish massage'], 'the first scan');
    await page.evaluate(() => (window as any).clearThenAdd(), null);
    await highlightedExactly(page, ['hot stone massage', 'swedish massage'], 'highlights back after a clear');
    expect(await page.evaluate(() => CSS.highlights.get('page-search')?.size, null)).toBe(1);
    // Overwritten with empty highlights: the check before a card is offered draws them again first.
    await page.evaluate(() => (window as any).overwrite(), null);
    expect(await ourHighlights(page)).toEqual([]);
    await openCard(page, 'Swedish massage', 'Swedish massage');
    expect(await ourHighlights(page)).toEqual(['hot stone massage', 'swedish massage']);
    expect(page.errors()).toEqual([]);
    await page.close();
  });

  it('keeps the open card above a look-alike popover the page opens over it', async () => {
    const page = await env.session.newPage(env.server.url('hostile/look-alike.html'));
    await highlightedExactly(page, ['deep tissue massage'], 'the first scan');
    await openCard(page, 'deep tissue massage', 'Deep tissue massage');
    const centre = await cardCentre(page);
    await page.evaluate(() => (window as any).cover(false), null);
    await page.waitFor(
      ({ x, y }) => document.getElementById('fake')!.matches(':popover-open') && document.elementFromPoint(x, y),
      centre,
      'the look-alike to open',
    );
    await page.waitFor(
      ({ x, y, host }) => document.elementFromPoint(x, y)?.localName === host,
      { ...centre, host: CARD_HOST },
      'the card on top again',
    );
    expect(await cardIsOpen(page)).toBe(true);
    expect(page.errors()).toEqual([]);
    await page.close();
  });

  it('closes the card rather than trade places for ever with a page that covers it after each raise', async () => {
    const page = await env.session.newPage(env.server.url('hostile/look-alike.html'));
    await highlightedExactly(page, ['deep tissue massage'], 'the first scan');
    await openCard(page, 'deep tissue massage', 'Deep tissue massage');
    await page.evaluate(() => (window as any).cover(true), null);
    await page.waitFor(
      (host) => !document.querySelector(host)!.matches(':popover-open'),
      CARD_HOST,
      'the card to close',
    );
    // The trading stopped: one cover, and one for each of the card's three raises.
    const covers = await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => setTimeout(() => done((window as any).covers)))),
      null,
    );
    expect(covers).toBe(4);
    expect(page.errors()).toEqual([]);
    await page.close();
  });

  it('highlights no code editor line or text box, and nothing while the document is in design mode', async () => {
    const page = await env.session.newPage(env.server.url('hostile/editors.html'));
    await highlightedExactly(page, ['swedish massage'], 'the prose only');
    await page.evaluate(() => (window as any).designOn(), null);
    // A person typing in design mode: the rescan it causes clears every highlight.
    await page.evaluate(() => (window as any).type('Typed: shiatsu and sciatica.'), null);
    await highlightedExactly(page, [], 'no highlight in design mode');
    await page.evaluate(() => (window as any).designOff(), null);
    // Back out of design mode, the next pointer move over the page brings the highlights back.
    await page.mouseMove(5, 5);
    await page.mouseMove(10, 10);
    await highlightedExactly(page, ['sciatica', 'shiatsu', 'swedish massage'], 'highlights after design mode');
    expect(page.errors()).toEqual([]);
    await page.close();
  });

  it('closes the card before printing, and prints none of its highlights', async () => {
    const page = await env.session.newPage(env.server.url('hostile/registry.html'));
    await page.evaluate(() => (window as any).clearThenAdd(), null);
    await highlightedExactly(page, ['hot stone massage', 'swedish massage'], 'the first scan');
    await openCard(page, 'Swedish massage', 'Swedish massage');
    const pdf = await page.print();
    expect(await cardIsOpen(page)).toBe(false);
    // The highlights are still on screen, in their screen colours.
    const technique = await page.evaluate(
      () => getComputedStyle(document.querySelector('p')!, '::highlight(relief-lens-u-technique)').textDecorationLine,
      null,
    );
    expect(technique).toBe('underline');
    if (browserName === 'chromium') {
      // Chromium prints highlights: the page's own yellow one is on paper, ours (teal) is not.
      const colours = pdfColours(pdf);
      expect(colours).toContain('1 1 0');
      expect([...colours].filter((c) => c !== '1 1 0' && c !== '0 0 0')).toEqual([]);
    }
    expect(page.errors()).toEqual([]);
    await page.close();
  });

  it('draws each term’s first occurrences on a page of 50,000, and moves them on when they go', async () => {
    const page = await env.session.newPage(env.server.url('hostile/occurrences.html'));
    /** The paragraph number of each drawn highlight, by its term. */
    const drawn = async () => {
      const byTerm: Record<string, number[]> = {};
      for (const { text, node } of await ourRanges(page)) (byTerm[text] ??= []).push(parseInt(node, 10));
      return Object.fromEntries(Object.entries(byTerm).map(([term, at]) => [term, at.sort((x, y) => x - y)]));
    };
    await page.waitFor(
      () => performance.getEntriesByName('relief-lens:scan').length > 0,
      null,
      'the first scan of 50,000 occurrences',
      60_000,
    );
    const first = await drawn();
    expect(Object.keys(first)).toHaveLength(10);
    for (const at of Object.values(first)) expect(at).toEqual([0, 1, 2]);
    const scan = await page.evaluate(
      () => (performance.getEntriesByName('relief-lens:scan')[0] as PerformanceMeasure).detail.matches,
      null,
    );
    expect(scan).toBe(50_000);
    // The first two paragraphs go: each term's highlights move on to paragraphs 2, 3 and 4.
    await page.evaluate(() => (window as any).dropFirst(2), null);
    const moved = Object.fromEntries(Object.keys(first).map((term) => [term, [2, 3, 4]]));
    await expect.poll(drawn, { timeout: 30_000, message: 'highlights on paragraphs 2 to 4' }).toEqual(moved);
    await openCard(page, 'Swedish massage', 'Swedish massage');
    expect(page.errors()).toEqual([]);
    await page.close();
  });
});
