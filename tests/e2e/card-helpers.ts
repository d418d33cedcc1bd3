import type { TestPage } from './harness';

/** What the card tests share: finding terms, driving the pointer and reading the card through the driver. */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Waits until the page's terms are highlighted, so a pointer on one finds something. */
export function waitForHighlights(page: TestPage): Promise<void> {
  return page.waitFor(() => [...CSS.highlights.values()].some((h) => h.size > 0), null, 'highlighted terms');
}

/**
 * Finds the first occurrence of `text` on the page, or in its same-origin `<iframe>` of id `frameId`.
 * 'point' scrolls it near the top of the viewport and returns a point on its first line box; 'locate'
 * returns that point without scrolling; 'select' selects it, as a reader would before the shortcut.
 * The point is in the page's viewport, a frame's offset included.
 */
export function findText(
  page: TestPage,
  text: string,
  action: 'point' | 'select' | 'locate',
  frameId?: string,
): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ({ text, action, frameId }) => {
      const frame = frameId ? (document.getElementById(frameId) as HTMLIFrameElement) : null;
      const doc = frame ? frame.contentDocument! : document;
      const offset = () => {
        if (!frame) return { x: 0, y: 0 };
        const outer = frame.getBoundingClientRect();
        return { x: outer.left + frame.clientLeft, y: outer.top + frame.clientTop };
      };
      const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(text);
        if (at === -1) continue;
        if (action === 'select') doc.getSelection()!.setBaseAndExtent(node, at, node, at + text.length);
        const range = doc.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        if (action === 'point') window.scrollBy(0, offset().y + range.getBoundingClientRect().top - 80);
        const box = range.getClientRects()[0]!;
        const { x, y } = offset();
        return { x: x + box.left + Math.min(box.width / 2, 40), y: y + box.top + box.height / 2 };
      }
      throw new Error(`"${text}" is not on the page`);
    },
    { text, action, frameId: frameId ?? null },
  );
}

/** Clicks a button in the card by its text, with the real mouse. */
export async function clickCardButton(page: TestPage, label: string): Promise<void> {
  const point = await page.inCard((shadow, label) => {
    if (!shadow) throw new Error('no card');
    const button = [...shadow.querySelectorAll('button')].find((b) => b.textContent?.trim() === label);
    if (!button) throw new Error(`no "${label}" button in the card`);
    // A card taller than the room beside its term scrolls inside, as a person would scroll it.
    button.scrollIntoView({ block: 'nearest' });
    const box = button.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }, label);
  await page.mouseClick(point.x, point.y);
}

/** Calls `storage.local[method](arg)` in an extension page: how the tests save settings and a profile. */
export function callStorage(extensionPage: TestPage, method: 'get' | 'set' | 'remove', arg: unknown): Promise<unknown> {
  return extensionPage.evaluate(
    ({ method, arg }) => ((globalThis as any).browser ?? (globalThis as any).chrome).storage.local[method](arg),
    { method, arg },
  );
}

/** The open card's name and box, or null. Read through the driver: the page itself cannot. */
export function readCard(
  page: TestPage,
): Promise<{ name: string; text: string; box: Box; focused: boolean; scrolls: boolean } | null> {
  return page.inCard((shadow) => {
    const card = shadow?.querySelector<HTMLElement>('[role="dialog"]');
    if (!shadow || !card) return null;
    const name = shadow.getElementById(card.getAttribute('aria-labelledby') ?? '')?.textContent ?? '';
    const { x, y, width, height } = card.getBoundingClientRect();
    const scrolls = card.scrollHeight > card.clientHeight;
    return {
      name,
      text: card.innerText,
      box: { x, y, width, height },
      focused: shadow.activeElement !== null,
      scrolls,
    };
  }, null);
}

export function waitForCard(page: TestPage, name: string | null): Promise<void> {
  return page.waitForCard(
    (shadow, name) => {
      const card = shadow?.querySelector<HTMLElement>('[role="dialog"]');
      if (name === null) return !card;
      // Settled: named as expected and its opening animation over, so screenshots show its final look.
      return card?.querySelector('h2')?.textContent === name && card.getAnimations().length === 0;
    },
    name,
    name === null ? 'the card to close' : `the card for ${name}`,
  );
}

/**
 * Whether a card is open `ms` after now. Persistence is the behaviour under test here (WCAG 1.4.13:
 * the card stays), so the test has to let time pass; `ms` is a multiple of the dwell and grace periods.
 */
export function isCardOpenAfter(page: TestPage, ms: number): Promise<boolean> {
  return page.inCard(
    (shadow, ms) =>
      new Promise<boolean>((done) => setTimeout(() => done(!!shadow?.querySelector('[role="dialog"]')), ms)),
    ms,
  );
}

/** Waits until the open card wears the dark theme. */
export function waitForDarkCard(page: TestPage): Promise<void> {
  return page.waitForCard(
    (shadow) => {
      const card = shadow?.querySelector('[role="dialog"]');
      return card && getComputedStyle(card).backgroundColor === 'rgb(21, 25, 30)';
    },
    null,
    'the dark theme',
  );
}

export async function hoverTerm(page: TestPage, text: string, name: string) {
  const point = await findText(page, text, 'point');
  await page.mouseMove(point.x, point.y);
  await waitForCard(page, name);
  return (await readCard(page))!;
}

/**
 * Compares the inside of two screenshots' card boxes in a page's canvas: returns the share of pixels
 * whose colour differs noticeably. The boxes are inset by 3 px so the rounded corners, where the page
 * shows through, are left out.
 */
export async function compareCards(
  page: TestPage,
  a: { png: string; box: Box },
  b: { png: string; box: Box },
): Promise<number> {
  return page.evaluate(
    async ({ a, b }) => {
      const pixels = async ({ png, box }: { png: string; box: Box }) => {
        const blob = await (await fetch(`data:image/png;base64,${png}`)).blob();
        const image = await createImageBitmap(blob);
        const canvas = new OffscreenCanvas(Math.floor(box.width) - 6, Math.floor(box.height) - 6);
        const context = canvas.getContext('2d')!;
        context.drawImage(image, -Math.round(box.x) - 3, -Math.round(box.y) - 3);
        return context.getImageData(0, 0, canvas.width, canvas.height).data;
      };
      const [left, right] = [await pixels(a), await pixels(b)];
      let differing = 0;
      for (let i = 0; i < left.length; i += 4) {
        const delta = Math.max(...[0, 1, 2].map((c) => Math.abs(left[i + c]! - right[i + c]!)));
        if (delta > 24) differing++;
      }
      return differing / (left.length / 4);
    },
    { a, b },
  );
}
