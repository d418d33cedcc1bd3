/**
 * A page that attacks the card: its scripts (page.evaluate runs in the page's own world, with exactly a
 * page script's powers) try to open a card, read what it says and press its buttons. Only the person's
 * real input may open or drive a card, and its text must stay out of the page's reach.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, CARD_HOST, extensionId, useSession, type TestPage } from './harness';
import { findText, waitForHighlights } from './card-helpers';

const cardName = (page: TestPage) =>
  page.inCard((root) => root?.querySelector('[role="dialog"] h2')?.textContent ?? null, null);

/**
 * Whether a card is open `ms` from now. That nothing opens is the behaviour under test, so time has to
 * pass: three times the 300 ms dwell after which a real hover opens one.
 */
const cardOpenAfter = (page: TestPage, ms: number) =>
  page.inCard(
    (root, ms) => new Promise<boolean>((done) => setTimeout(() => done(!!root?.querySelector('[role="dialog"]')), ms)),
    ms,
  );

/** The centre of the card's "Don't highlight on this site" button, scrolled into the card's view. */
function disableSiteButton(page: TestPage): Promise<{ x: number; y: number }> {
  return page.inCard((root) => {
    const target = [...root!.querySelectorAll('button')].find((b) => b.textContent?.includes('highlight on this'))!;
    // A card taller than the room beside its term scrolls inside, as a person would scroll it.
    target.scrollIntoView({ block: 'nearest' });
    const box = target.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }, null);
}

async function openCard(page: TestPage, text: string, name: string): Promise<void> {
  const { x, y } = await findText(page, text, 'locate');
  await page.mouseMove(x, y);
  await page.waitForCard((root, name) => root?.querySelector('h2')?.textContent === name, name, `the card for ${name}`);
}

describe.each(BROWSERS)('a hostile page in %s', (browserName) => {
  const env = useSession(browserName);

  it('cannot open a card with synthetic pointer, click, focus or key events', async () => {
    const page = await env.session.newPage(env.server.url('hostile/card.html'));
    await waitForHighlights(page);
    const point = await findText(page, 'trigger point therapy', 'locate');
    await page.evaluate(({ x, y }) => {
      const target = document.elementFromPoint(x, y)!;
      const init = { bubbles: true, composed: true, clientX: x, clientY: y };
      for (const pointerType of ['mouse', 'touch', 'pen']) {
        target.dispatchEvent(new PointerEvent('pointermove', { ...init, pointerType }));
        target.dispatchEvent(new PointerEvent('pointermove', { ...init, pointerType }));
        target.dispatchEvent(new PointerEvent('pointerdown', { ...init, pointerType }));
        target.dispatchEvent(new PointerEvent('click', { ...init, pointerType }));
      }
      target.dispatchEvent(new MouseEvent('click', init));
      target.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    }, point);
    expect(await cardOpenAfter(page, 900)).toBe(false);
    // The same place under the real pointer opens the card: the page's events were heard and ignored.
    await openCard(page, 'trigger point therapy', 'Trigger point therapy');
    // A synthetic Escape does not close it either.
    await page.evaluate(
      () => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })),
      null,
    );
    expect(await cardOpenAfter(page, 100)).toBe(true);
    expect(page.errors()).toEqual([]);
    await page.close();
  });

  it('opens a card for the person under a container that stops pointermove', async () => {
    const page = await env.session.newPage(env.server.url('hostile/card.html'));
    await waitForHighlights(page);
    await openCard(page, 'deep tissue massage', 'Deep tissue massage');
    await page.close();
  });

  it('opens and closes cards for the person on a page that stops every event at its window first', async () => {
    const page = await env.session.newPage(env.server.url('hostile/window-capture.html'));
    await waitForHighlights(page);
    await openCard(page, 'deep tissue massage', 'Deep tissue massage');
    await page.press('Escape');
    await page.waitForCard((root) => !root?.querySelector('[role="dialog"]'), null, 'the card to close on Escape');
    // The card's own code, loaded after the page's listener, hears the person as well.
    await openCard(page, 'Swedish', 'Swedish massage');
    expect(await page.evaluate(() => (window as unknown as { stopped: number }).stopped, null)).toBeGreaterThan(0);
    expect(page.errors()).toEqual([]);
    await page.close();
  });

  it("cannot read the card's text by any DOM route, nor hear it in events", async () => {
    const page = await env.session.newPage(env.server.url('hostile/card.html'));
    await waitForHighlights(page);
    await openCard(page, 'trigger point therapy', 'Trigger point therapy');
    // A point on the card's summary, and the summary's words, read through the driver.
    const card = await page.inCard((root) => {
      const summary = root!.querySelector('.rl-card__summary')!;
      const box = summary.getBoundingClientRect();
      return { x: box.left + 20, y: box.top + box.height / 2, words: summary.textContent!.slice(0, 24) };
    }, null);
    expect(card.words.length).toBeGreaterThan(10);

    // The person selects in the card, clicks in it and tabs through it, as the page listens.
    await page.mouseClick(card.x, card.y);
    await page.press('Tab');

    const seen = await page.evaluate(
      ({ host, x, y, words }) => {
        const element = document.querySelector(host)!;
        const reads: Record<string, string> = {};
        reads.shadowRoot = String(element.shadowRoot);
        const html = (node: Element) => (node as any).getHTML?.({ serializableShadowRoots: true }) ?? node.outerHTML;
        reads.getHTML = html(document.documentElement);
        reads.text = `${document.documentElement.textContent} ${document.body.innerText} ${element.textContent}`;
        const selection = document.getSelection()!;
        reads.personsSelection = selection.toString();
        selection.selectAllChildren(document.documentElement);
        reads.selectAll = selection.toString();
        selection.selectAllChildren(element);
        reads.selectHost = selection.toString();
        reads.elementsFromPoint = document
          .elementsFromPoint(x, y)
          .map((e) => `${e.localName} ${e.getRootNode() === document ? '' : 'in a shadow root'}`)
          .join(', ');
        const doc = document as any;
        const position = doc.caretPositionFromPoint?.(x, y);
        const caret = position?.offsetNode ?? doc.caretRangeFromPoint?.(x, y)?.startContainer ?? null;
        reads.caret = caret ? `${caret.textContent} ${caret.getRootNode() === document ? '' : 'in a shadow root'}` : '';
        reads.find = String((window as any).find?.(words) ?? false);
        reads.heard = (window as any).heard.join('\n');
        return { reads, host: element.localName };
      },
      { host: CARD_HOST, ...card },
    );
    for (const [route, text] of Object.entries(seen.reads)) {
      expect(text, route).not.toContain(card.words);
      expect(text, route).not.toContain('in a shadow root');
    }
    expect(seen.reads.shadowRoot).toBe('null');
    // Events from the card reach the page's capture listeners as the host's, never as what is inside it.
    expect(seen.reads.heard).toContain(`pointerdown: ${CARD_HOST}`);
    expect(seen.reads.heard).toContain(`keydown: ${CARD_HOST}`);
    await page.close();
  });

  it("cannot press the card's buttons, even holding the buttons themselves", async () => {
    const page = await env.session.newPage(env.server.url('hostile/card.html'));
    await waitForHighlights(page);
    await openCard(page, 'trigger point therapy', 'Trigger point therapy');
    // From the page: a click on the host where the button is does not enter the shadow root.
    const button = await disableSiteButton(page);
    await page.evaluate(
      ({ host, x, y }) => {
        const element = document.querySelector(host) as HTMLElement;
        element.click();
        element.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: x, clientY: y }));
      },
      { host: CARD_HOST, ...button },
    );
    // Even a script holding the button (the driver here) gets an untrusted click ignored.
    await page.inCard((root) => {
      for (const b of root!.querySelectorAll('button')) b.click();
    }, null);
    expect(await cardOpenAfter(page, 300)).toBe(true);
    expect(await cardName(page)).toBe('Trigger point therapy');
    expect(await page.evaluate(() => [...CSS.highlights.values()].some((h) => h.size > 0), null)).toBe(true);
    expect(page.errors()).toEqual([]);
    await page.close();
  });

  it('keeps a full site list when the person asks the card to switch one more site off', async () => {
    const extensionPage = await env.session.openExtensionPage('guide.html');
    const storage = (call: 'set' | 'get' | 'remove', arg: unknown) =>
      extensionPage.evaluate(
        ({ call, arg }) => ((globalThis as any).browser ?? (globalThis as any).chrome).storage.local[call](arg),
        { call, arg },
      );
    const full = Array.from({ length: 5000 }, (_, i) => `site${i}.example`).sort();
    await storage('set', { settings: { disabledSites: full }, settings$: { v: 2 } });
    try {
      const page = await env.session.newPage(env.server.url('hostile/card.html'));
      await waitForHighlights(page);
      await openCard(page, 'trigger point therapy', 'Trigger point therapy');
      const button = await disableSiteButton(page);
      await page.mouseClick(button.x, button.y);
      await page.waitForCard(
        (root) => root?.querySelector('[role="alert"]')?.textContent?.includes('at most 5,000'),
        null,
        'the card to say the list is full',
      );
      expect(await storage('get', 'settings')).toEqual({ settings: { disabledSites: full } });
      await page.close();
    } finally {
      await storage('remove', 'settings');
      await extensionPage.close();
    }
  });

  it('gives the card its own direction and language on a right-to-left page', async () => {
    const page = await env.session.newPage(env.server.url('hostile/card.html'));
    await waitForHighlights(page);
    await openCard(page, 'trigger point therapy', 'Trigger point therapy');
    const direction = await page.inCard(
      (root) => getComputedStyle(root!.querySelector('[role="dialog"]')!).direction,
      null,
    );
    expect(direction).toBe('ltr');
    expect(await page.evaluate((host) => document.querySelector(host)?.getAttribute('lang'), CARD_HOST)).toBe('en');
    await page.close();
  });

  it('opens cards again after the page replaces its body', async () => {
    const page = await env.session.newPage(env.server.url('hostile/layers.html'));
    await waitForHighlights(page);
    await openCard(page, 'deep tissue massage', 'Deep tissue massage');
    await page.mouseMove(2, 2);
    await page.waitForCard((root) => !root?.querySelector('[role="dialog"]'), null, 'the card to close');
    await page.evaluate(() => (window as any).swapBody(), null);
    // The new body's term is highlighted before the pointer goes to it.
    await page.waitFor(
      () =>
        [...CSS.highlights.values()].some((h) =>
          [...h].some(
            (r) => r.startContainer.isConnected && String(r.startContainer.textContent).includes('Back from'),
          ),
        ),
      null,
      'highlights in the new body',
    );
    await openCard(page, 'Swedish massage', 'Swedish massage');
    expect(page.errors()).toEqual([]);
    await page.close();
  });

  it('draws the card above a modal dialog, where the pointer reaches it', async () => {
    const page = await env.session.newPage(env.server.url('hostile/layers.html?dialog'));
    await waitForHighlights(page);
    await openCard(page, 'trigger point therapy', 'Trigger point therapy');
    const centre = await page.inCard((root) => {
      const box = root!.querySelector('[role="dialog"]')!.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + Math.min(box.height / 2, 30) };
    }, null);
    // The topmost element there is the card's host, not the dialog or its backdrop.
    expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.localName, centre)).toBe(CARD_HOST);
    await page.close();
  });

  // The side of the term's first line box the card should be on, per layout of hostile/placement.html.
  it.each([
    ['html-zoom', 'below'],
    ['body-zoom-3', 'below'],
    ['body-zoom-0.8', 'below'],
    ['body-zoom-scrolled', 'below'],
    ['body-scale', 'below'],
    ['html-scale', 'below'],
    ['rotated', 'below'],
    ['vertical-rl', 'left'],
    ['vertical-lr', 'right'],
    ['vertical-rl-edge-left', 'right'],
    ['vertical-lr-edge-right', 'left'],
    ['page-vertical-rl', 'left'],
    ['rtl', 'below'],
    ['dialog', 'below'],
    ['dialog-zoomed', 'below'],
    ['dialog-transformed', 'below'],
    ['edge-top-left', 'below'],
    ['edge-top-right', 'below'],
    ['edge-bottom-left', 'above'],
    ['edge-bottom-right', 'above'],
  ] as const)('places the card beside its term, inside the window, on the %s layout', async (layout, side) => {
    const page = await env.session.newPage(env.server.url(`hostile/placement.html?layout=${layout}`));
    await waitForHighlights(page);
    const term = await page.evaluate(() => {
      const node = document.getElementById('term')!.firstChild!;
      const at = node.textContent!.indexOf('deep tissue massage');
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 'deep tissue massage'.length);
      const boxes = [...range.getClientRects()].map(({ left, top, right, bottom }) => ({ left, top, right, bottom }));
      return { boxes, width: document.documentElement.clientWidth, height: document.documentElement.clientHeight };
    }, null);
    await openCard(page, 'deep tissue massage', 'Deep tissue massage');
    // Placed once Floating UI has written its coordinates, and measured once the card has stopped sliding in.
    await page.waitForCard(
      (root) => (root?.querySelector('[role="dialog"]') as HTMLElement | null)?.style.top,
      null,
      'the card to be placed',
    );
    const card = await page.inCard(async (root) => {
      const element = root!.querySelector('[role="dialog"]')!;
      await Promise.all(element.getAnimations().map((animation) => animation.finished));
      const { left, top, right, bottom, width } = element.getBoundingClientRect();
      return { left, top, right, bottom, width };
    }, null);
    const line = term.boxes[0]!;
    const gap = {
      below: card.top - line.bottom,
      above: line.top - card.bottom,
      left: line.left - card.right,
      right: card.left - line.right,
    }[side];
    expect(gap).toBeGreaterThanOrEqual(4);
    expect(gap).toBeLessThanOrEqual(8);
    // Lined up with the term's start or end, or against the window's 8 px margin where it had to shift.
    const edges =
      side === 'below' || side === 'above'
        ? [card.left - line.left, card.right - line.right, card.left - 8, card.right - (term.width - 8)]
        : [card.top - line.top, card.bottom - line.bottom, card.top - 8, card.bottom - (term.height - 8)];
    expect(Math.min(...edges.map(Math.abs))).toBeLessThanOrEqual(1);
    for (const box of term.boxes) {
      const covers = card.left < box.right && box.left < card.right && card.top < box.bottom && box.top < card.bottom;
      expect(covers).toBe(false);
    }
    expect(card.left).toBeGreaterThanOrEqual(0);
    expect(card.top).toBeGreaterThanOrEqual(0);
    expect(card.right).toBeLessThanOrEqual(term.width);
    expect(card.bottom).toBeLessThanOrEqual(term.height);
    // At its own size: no zoom of the page reaches it.
    expect(card.width).toBeCloseTo(392, -1);
    await page.close();
  });

  it("hears no announcement of the extension's id, and cannot stop it with a forged one", async () => {
    const page = await env.session.newPage(env.server.url('hostile/card.html'));
    await waitForHighlights(page);
    const id = await extensionId(env.session);
    expect(await page.evaluate(() => (window as any).posted, null)).toEqual([]);
    // WXT's start event, as a page that learnt the id would forge it.
    await page.evaluate((id) => {
      for (const name of ['content', 'content-scripts/content'])
        document.dispatchEvent(
          new CustomEvent(`${id}:${name}:wxt:content-script-started`, {
            detail: { contentScriptName: name, messageId: 'forged' },
          }),
        );
    }, id);
    await openCard(page, 'trigger point therapy', 'Trigger point therapy');
    expect(await page.evaluate(() => [...CSS.highlights.values()].some((h) => h.size > 0), null)).toBe(true);
    await page.close();
  });

  it('keeps one card open in a tab of two frames', async () => {
    const page = await env.session.newPage(env.server.url('hostile/frames.html'));
    const openIn = () =>
      page.evaluate(
        (host) =>
          ['first', 'second'].map(
            (id) =>
              (document.getElementById(id) as HTMLIFrameElement).contentDocument
                ?.querySelector(host)
                ?.matches(':popover-open') ?? false,
          ),
        CARD_HOST,
      );
    await page.waitFor(
      () =>
        ['first', 'second'].every((id) =>
          [...((document.getElementById(id) as HTMLIFrameElement).contentWindow as any).CSS.highlights.values()].some(
            (h: any) => h.size > 0,
          ),
        ),
      null,
      'highlights in both frames',
    );
    const termIn = (id: string) =>
      page.evaluate((id) => {
        const frame = document.getElementById(id) as HTMLIFrameElement;
        const doc = frame.contentDocument!;
        const node = [...doc.querySelectorAll('p')][0]!.firstChild!;
        const at = node.textContent!.indexOf('deep tissue massage');
        const range = doc.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 4);
        const box = range.getClientRects()[0]!;
        const offset = frame.getBoundingClientRect();
        return { x: offset.left + box.left + 10, y: offset.top + box.top + box.height / 2 };
      }, id);
    const first = await termIn('first');
    await page.mouseMove(first.x, first.y);
    await page.waitFor(
      (host) =>
        (document.getElementById('first') as HTMLIFrameElement).contentDocument
          ?.querySelector(host)
          ?.matches(':popover-open'),
      CARD_HOST,
      'a card in the first frame',
    );
    const second = await termIn('second');
    await page.mouseMove(second.x, second.y);
    await page.waitFor(
      (host) =>
        (document.getElementById('second') as HTMLIFrameElement).contentDocument
          ?.querySelector(host)
          ?.matches(':popover-open'),
      CARD_HOST,
      'a card in the second frame',
    );
    await page.waitFor(
      (host) =>
        !(document.getElementById('first') as HTMLIFrameElement).contentDocument
          ?.querySelector(host)
          ?.matches(':popover-open'),
      CARD_HOST,
      "the first frame's card to close",
    );
    expect(await openIn()).toEqual([false, true]);
    await page.close();
  });
});

describe.each(BROWSERS)('a page that claims the card in %s', (browserName) => {
  const env = useSession(browserName);

  it('cannot break or rewrite the card by defining its element first', async () => {
    const page = await env.session.newPage(env.server.url('hostile/defined.html'));
    await waitForHighlights(page);
    await openCard(page, 'deep tissue massage', 'Deep tissue massage');
    // The page rewrites every element of the card's name it can reach, its own and the card's host.
    const reached = await page.evaluate(
      (host) =>
        [...document.querySelectorAll(host)].map((element) => {
          element.innerHTML = '<p>Rewritten by the page</p>';
          element.shadowRoot?.replaceChildren();
          return element.parentElement?.localName;
        }),
      CARD_HOST,
    );
    expect(reached).toEqual(['body', 'html']);
    const text = await page.inCard((root) => root?.querySelector('[role="dialog"]')?.textContent ?? '', null);
    expect(text).toContain('Deep tissue massage');
    expect(text).not.toContain('Rewritten');
    expect(page.errors()).toEqual([]);
    await page.close();
  });

  it('throws nothing in an SVG document', async () => {
    const page = await env.session.newPage(env.server.url('hostile/drawing.svg'));
    await page.mouseMove(120, 55);
    await page.mouseMove(200, 52);
    await page.mouseClick(200, 52);
    // The content script has run when the page answers the popup's question; ask, then check errors.
    const extensionPage = await env.session.openExtensionPage('guide.html');
    await extensionPage.evaluate(async (url) => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      for (const tab of await api.tabs.query({ url })) await api.tabs.sendMessage(tab.id, { type: 'get-page-terms' });
    }, env.server.url('hostile/drawing.svg'));
    await extensionPage.close();
    expect(page.errors()).toEqual([]);
    await page.close();
  });
});

describe.each(BROWSERS)("the card's code in %s", (browserName) => {
  const env = useSession(browserName);

  it("cannot be fetched or probed by a page, even one that knows the extension's address", async () => {
    const page = await env.session.newPage(env.server.url('card.html'));
    await waitForHighlights(page);
    const probes = await page.evaluate(async (origin) => {
      const results: string[] = [];
      for (const path of ['card.js', 'content-scripts/content.js', 'manifest.json']) {
        const url = `${origin}/${path}`;
        const fetched = await fetch(url).then(
          () => 'fetched',
          () => 'refused',
        );
        const loaded = await new Promise<string>((done) => {
          const script = document.createElement('script');
          script.onload = () => done('loaded');
          script.onerror = () => done('refused');
          script.src = url;
          document.head.append(script);
        });
        results.push(`${path}: ${fetched}, ${loaded}`);
      }
      return results;
    }, env.session.extensionOrigin);
    expect(probes).toEqual([
      'card.js: refused, refused',
      'content-scripts/content.js: refused, refused',
      'manifest.json: refused, refused',
    ]);
    // The card still loads for the person.
    await openCard(page, 'deep tissue massage', 'Deep tissue massage');
    await page.close();
  });
});

describe.each(BROWSERS)('after the extension reloads, in %s', (browserName) => {
  const env = useSession(browserName);

  it('closes the open card, leaves one working card, and throws nothing', async () => {
    const page = await env.session.newPage(env.server.url('hostile/card.html'));
    await waitForHighlights(page);
    await openCard(page, 'trigger point therapy', 'Trigger point therapy');
    const extensionPage = await env.session.openExtensionPage('guide.html');
    await extensionPage
      .evaluate(() => ((globalThis as any).browser ?? (globalThis as any).chrome).runtime.reload(), null)
      .catch(() => undefined); // the page goes with the extension it belongs to
    await page.waitFor(
      (host) => !document.querySelector(host)?.matches(':popover-open'),
      CARD_HOST,
      'the old card to go',
    );
    // The person goes on using the page: moving over and clicking terms throws nothing.
    const point = await findText(page, 'trigger point therapy', 'locate');
    await page.mouseMove(point.x, point.y + 1);
    await page.mouseClick(point.x, point.y);
    await page.press('Escape');
    expect(await page.evaluate((host) => document.querySelectorAll(host).length <= 1, CARD_HOST)).toBe(true);
    expect(page.errors()).toEqual([]);
    await page.close();
  });
});
