import { afterEach, describe, expect, it } from 'vitest';
import { startHighlightSession, type HighlightOptions, type HighlightSession } from '@/lib/dom/highlight-session';
import { CATEGORIES } from '@/lib/guide';
import { readGuideFormIndex } from '@/lib/match/guide-form-index';
import { mount, pageWindow } from './support';

/**
 * The session on this page, as the content script starts it but without the extension: what the
 * built extension's tests cannot reach directly (shadow roots at any depth, removals) is asserted
 * here on the session's own view and on the page's highlight registry.
 */
let controller: AbortController | null = null;
afterEach(() => {
  controller?.abort();
  controller = null;
});

/** Starts a session and resolves once its first scan is drawn. */
async function startSession(options: Partial<HighlightOptions> = {}): Promise<HighlightSession> {
  performance.clearMeasures();
  controller = new AbortController();
  const session = startHighlightSession(controller, {
    window: pageWindow,
    formIndex: readGuideFormIndex,
    enabled: true,
    categories: [...CATEGORIES],
    density: 'all',
    style: 'underline',
    ...options,
  });
  await new Promise<void>((resolve) => {
    const unsubscribe = session.onChange(() => {
      if (performance.getEntriesByName('relief-lens:scan').length === 0) return;
      unsubscribe();
      resolve();
    });
  });
  return session;
}

function rangeText(range: AbstractRange): string {
  const live = document.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  return live.toString();
}

const highlightTexts = (session: HighlightSession) =>
  session.highlights().map((h) => `${h.termId}:${rangeText(h.range)}`);

/** Every range in the page's highlight registry, as the browser will paint it. */
function paintedTexts(): string[] {
  const ranges: AbstractRange[] = [];
  CSS.highlights.forEach((highlight) => ranges.push(...(highlight as unknown as Set<AbstractRange>)));
  return ranges.map(rangeText).sort();
}

describe('a highlight session', () => {
  it('highlights the page’s terms outside excluded places, and removes every highlight when stopped', async () => {
    const root = mount(`
      <p>Before your Swedish massage, tell us about any sciatica.</p>
      <label>Complaint <input value="sciatica"><textarea>shiatsu</textarea></label>
      <pre>Thai massage</pre><div contenteditable="true">hot stone massage</div>`);
    const before = root.innerHTML;
    const session = await startSession();
    expect(highlightTexts(session)).toEqual(['swedish-massage:Swedish massage', 'sciatica:sciatica']);
    expect(paintedTexts()).toEqual(['Swedish massage', 'sciatica']);
    expect(root.innerHTML).toBe(before);
    session.stop();
    expect(session.highlights()).toEqual([]);
    expect(paintedTexts()).toEqual([]);
  });

  it('highlights text inside open shadow roots, nested ones and ones added later, and follows their changes', async () => {
    const root = mount('<p>Plain text.</p>');
    const host = document.createElement('aside');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Shadow text: a hot stone massage.</p><div></div>';
    shadow.querySelector('div')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Nested: shiatsu.</p>';
    root.append(host);
    const session = await startSession();
    const inShadow = () => highlightTexts(session).sort();
    // The first scan walks text only; shadow roots are found once the page is idle, then scanned.
    await expect
      .poll(inShadow, { timeout: 10_000 })
      .toEqual(['hot-stone-massage:hot stone massage', 'shiatsu:shiatsu']);

    const p = document.createElement('p');
    p.textContent = 'Added later: Thai massage.';
    shadow.append(p);
    const later = document.createElement('section');
    later.attachShadow({ mode: 'open' }).innerHTML = '<p>A new host: trigger point therapy.</p>';
    root.append(later);
    await expect
      .poll(inShadow, { timeout: 10_000 })
      .toEqual([
        'hot-stone-massage:hot stone massage',
        'shiatsu:shiatsu',
        'thai-massage:Thai massage',
        'trigger-point-therapy:trigger point therapy',
      ]);

    // Removing a host takes the text of its shadow roots, nested ones included, with it.
    host.remove();
    await expect.poll(inShadow, { timeout: 10_000 }).toEqual(['trigger-point-therapy:trigger point therapy']);
  });

  it('moves a term’s highlights to its next occurrences and lowers its count when its text is removed', async () => {
    const paragraphs = ['Sciatica and a Swedish massage.', ...[1, 2, 3, 4, 5].map((n) => `Shiatsu session ${n}.`)];
    const root = mount(paragraphs.map((text) => `<p>${text}</p>`).join(''));
    const session = await startSession({ density: 'first' });
    const highlightedSessions = () =>
      session
        .highlights()
        .map((h) => h.range.startContainer.textContent ?? '')
        .filter((text) => text.startsWith('Shiatsu'));
    expect(highlightedSessions()).toEqual(['Shiatsu session 1.', 'Shiatsu session 2.', 'Shiatsu session 3.']);

    [...root.querySelectorAll('p')].slice(1, 3).forEach((p) => p.remove());
    await expect
      .poll(highlightedSessions, { timeout: 10_000 })
      .toEqual(['Shiatsu session 3.', 'Shiatsu session 4.', 'Shiatsu session 5.']);
    expect(Object.fromEntries(session.counts())).toMatchObject({ shiatsu: 3, sciatica: 1 });
    // Occurrences that are not drawn are kept as a tally, not as matches: after the removal, only the
    // two paragraphs that hold the next occurrences were read again, not the page.
    const rescan = performance.getEntriesByName('relief-lens:rescan').at(-1) as PerformanceMeasure;
    expect(rescan.detail).toMatchObject({ textNodes: 2, matches: 2 });
  });

  it('keeps counting every occurrence while it keeps only what it draws, through removals and a rescan', async () => {
    const root = mount(Array.from({ length: 40 }, (_, n) => `<p>Shiatsu ${n} and shiatsu again.</p>`).join(''));
    const session = await startSession({ density: 'first' });
    const drawn = () =>
      session
        .highlights()
        .filter((h) => h.termId === 'shiatsu')
        .map((h) => h.range.startContainer.textContent);
    expect(drawn()).toEqual([
      'Shiatsu 0 and shiatsu again.',
      'Shiatsu 0 and shiatsu again.',
      'Shiatsu 1 and shiatsu again.',
    ]);
    expect(session.counts().get('shiatsu')).toBe(80);
    // Paragraphs from the front go, some of them holding what is drawn; one is rewritten.
    const paragraphs = [...root.querySelectorAll('p')];
    for (const p of paragraphs.slice(0, 5)) p.remove();
    paragraphs[20]!.textContent = 'Now only Swedish massage.';
    await expect
      .poll(drawn, { timeout: 10_000 })
      .toEqual(['Shiatsu 5 and shiatsu again.', 'Shiatsu 5 and shiatsu again.', 'Shiatsu 6 and shiatsu again.']);
    await expect
      .poll(() => Object.fromEntries(session.counts()), { timeout: 10_000 })
      .toEqual({
        shiatsu: 68,
        'swedish-massage': 1,
      });
    for (const p of paragraphs.slice(5)) p.remove();
    await expect.poll(() => Object.fromEntries(session.counts()), { timeout: 10_000 }).toEqual({});
    expect(session.highlights()).toEqual([]);
  });

  it('comes out of rounds that replace hundreds of paragraphs with only the last text highlighted', async () => {
    const root = mount('<div></div>');
    const feed = root.firstElementChild!;
    const session = await startSession({ density: 'first' });
    const rescans: PerformanceMeasure[] = [];
    const measures = new PerformanceObserver((list) =>
      rescans.push(...(list.getEntriesByName('relief-lens:rescan') as PerformanceMeasure[])),
    );
    measures.observe({ type: 'measure' });
    const round = (n: number) => {
      const fragment = document.createDocumentFragment();
      for (let i = 0; i < 400; i++) {
        const p = document.createElement('p');
        p.textContent = `${n}.${i} Sciatica eased after a Swedish massage.`;
        fragment.append(p);
      }
      feed.replaceChildren(fragment);
    };
    // Each round lands while the last one's scan may still run: their batches merge, past the caps.
    for (let n = 0; n < 5; n++) {
      round(n);
      await new Promise((next) => setTimeout(next, 20));
    }
    feed.replaceChildren(Object.assign(document.createElement('p'), { textContent: 'Last: shiatsu.' }));
    await expect.poll(() => highlightTexts(session), { timeout: 10_000 }).toEqual(['shiatsu:shiatsu']);
    expect(paintedTexts()).toEqual(['shiatsu']);
    expect(Object.fromEntries(session.counts())).toEqual({ shiatsu: 1 });
    measures.disconnect();
    // The measure counts the watcher's own callbacks among the tasks it reports.
    expect(rescans.length).toBeGreaterThan(0);
    for (const { detail } of rescans) expect(detail.longestSliceMs).toBeGreaterThanOrEqual(detail.observerMs);
    // The page's timeline keeps the latest of them only, numbered.
    const kept = performance.getEntriesByName('relief-lens:rescan') as PerformanceMeasure[];
    expect(kept).toHaveLength(1);
    expect(kept[0]!.detail.count).toBe(rescans.length);
  });

  it('redraws under the other style without rescanning, and clears everything when switched off', async () => {
    mount('<p>Shiatsu, then a Thai massage.</p>');
    const session = await startSession();
    const names = () => [...CSS.highlights.keys()].filter((name) => name.startsWith('relief-lens-')).sort();
    expect(names()).toEqual(['relief-lens-u-technique']);
    const drawn = session.highlights();
    expect(drawn).toHaveLength(2);
    const options = { enabled: true, categories: [...CATEGORIES], density: 'all', style: 'background' } as const;
    session.update(options);
    expect(names()).toEqual(['relief-lens-b-technique']);
    expect(session.highlights()).toBe(drawn);
    session.update({ ...options, enabled: false });
    expect(names()).toEqual([]);
    expect(session.highlights()).toEqual([]);
  });

  it('draws again what the page cleared from the registry, at its next scan or when a card asks', async () => {
    const root = mount('<p>Shiatsu helps.</p>');
    const session = await startSession();
    expect(paintedTexts()).toEqual(['Shiatsu']);
    // As MDN's search example does before each search; then text the page adds is scanned.
    CSS.highlights.clear();
    const rescanned = new Promise<void>((resolve) => session.onChange(resolve));
    root.insertAdjacentHTML('beforeend', '<p>Then sciatica.</p>');
    await rescanned;
    expect(paintedTexts()).toEqual(['Shiatsu', 'sciatica']);
    // A card's lookup finds only what shows: the check before it draws the cleared highlights again.
    CSS.highlights.clear();
    const text = root.querySelector('p')!.firstChild!;
    expect(session.highlightAt(text, 2)?.termId).toBe('shiatsu');
    expect(paintedTexts()).toEqual(['Shiatsu', 'sciatica']);
  });

  it('draws nothing in design mode, clears what it drew when the mode is switched on, and comes back after', async () => {
    mount('<p>Shiatsu helps.</p>');
    document.designMode = 'on';
    try {
      const session = startHighlightSession((controller = new AbortController()), {
        window: pageWindow,
        formIndex: readGuideFormIndex,
        enabled: true,
        categories: [...CATEGORIES],
        density: 'all',
        style: 'underline',
      });
      expect(session.highlights()).toEqual([]);
      document.designMode = 'off';
      // The next lookup notices the mode went, and scans.
      await new Promise<void>((resolve) => {
        session.onChange(resolve);
        session.highlights();
      });
      expect(paintedTexts()).toEqual(['Shiatsu']);
      document.designMode = 'on';
      expect(session.highlights()).toEqual([]);
      expect(paintedTexts()).toEqual([]);
    } finally {
      document.designMode = 'off';
    }
  });

  it('clears its highlights after the first rescan once the page goes into design mode', async () => {
    const root = mount('<p>Shiatsu helps.</p>');
    const session = await startSession();
    document.designMode = 'on';
    try {
      const halted = new Promise<void>((resolve) => session.onChange(resolve));
      root.insertAdjacentHTML('beforeend', '<p>Typed: sciatica.</p>');
      await halted;
      expect(paintedTexts()).toEqual([]);
      expect(session.counts().size).toBe(0);
    } finally {
      document.designMode = 'off';
    }
  });
});
