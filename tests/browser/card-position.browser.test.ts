import { afterEach, describe, expect, it } from 'vitest';
import { createCardHost, type CardHost } from '@/lib/card/card-host';
import { blockSide, chooseLineBox, placeCard } from '@/lib/dom/card-position';
import { mount, textOf } from './support';

const box = (left: number, top: number, right: number, bottom: number) => ({ left, top, right, bottom });

describe('chooseLineBox', () => {
  const lines = [box(300, 0, 600, 20), box(0, 20, 120, 40)];
  it.each([
    ['no boxes', -1, [], { x: 0, y: 0 }],
    ['no pointer', 0, lines, null],
    ['the pointer on the second line', 1, lines, { x: 50, y: 30 }],
    ['the pointer nearest the first line', 0, lines, { x: 590, y: 25 }],
  ] as const)('%s → %i', (_, expected, boxes, point) => {
    expect(chooseLineBox(boxes, point)).toBe(expected);
  });
});

describe('blockSide', () => {
  it.each([
    ['horizontal-tb', 'bottom'],
    ['vertical-rl', 'left'],
    ['sideways-rl', 'left'],
    ['vertical-lr', 'right'],
    ['sideways-lr', 'right'],
    ['', 'bottom'],
  ] as const)('%s → %s', (mode, side) => {
    expect(blockSide(mode)).toBe(side);
  });
});

type Box = Pick<DOMRectReadOnly, 'left' | 'right' | 'top' | 'bottom'>;
type Beside = 'below' | 'above' | 'left' | 'right';

/** How far the card's edge facing the term is from the term's line box, on the side it should be. */
function gapOn(side: Beside, card: Box, term: Box): number {
  if (side === 'below') return card.top - term.bottom;
  if (side === 'above') return term.top - card.bottom;
  if (side === 'left') return term.left - card.right;
  return card.left - term.right;
}

/**
 * Whether the card lines up with the term along its side: with the term's start or end, or against
 * the viewport's 8 px margin where it had to shift.
 */
function alignedWith(side: Beside, card: Box, term: Box): boolean {
  const edges =
    side === 'below' || side === 'above'
      ? [card.left - term.left, card.right - term.right, card.left - 8, card.right - (innerWidth - 8)]
      : [card.top - term.top, card.bottom - term.bottom, card.top - 8, card.bottom - (innerHeight - 8)];
  return edges.some((edge) => Math.abs(edge) <= 1);
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('placeCard', () => {
  let stop: (() => void) | null = null;
  let host: CardHost | null = null;
  const pageStyle = document.createElement('style');
  afterEach(() => {
    stop?.();
    stop = null;
    host?.remove();
    host = null;
    pageStyle.remove();
    document.documentElement.removeAttribute('dir');
  });

  /**
   * The page styled with `css` (right to left if `rtl`), the term "shiatsu" in a fixed paragraph at
   * `where` (inside `.scene`, or a modal dialog), and a card of the given size in a host made as the
   * extension makes it: in the top layer, above the dialog when one is open.
   */
  function setup({
    css = '',
    where = 'top: 40px; left: 40px',
    cardWidth = '200px',
    cardHeight = 100,
    inDialog = false,
    rtl = false,
  }) {
    if (rtl) document.documentElement.dir = 'rtl';
    pageStyle.textContent = css;
    document.head.append(pageStyle);
    const paragraph = `<p id="p" style="margin: 0; position: fixed; white-space: nowrap; ${where}">a shiatsu here</p>`;
    const root = mount(inDialog ? `<dialog>${paragraph}</dialog>` : `<div class="scene">${paragraph}</div>`);
    if (inDialog) root.querySelector('dialog')!.showModal();
    const text = textOf(root, '#p');
    host = createCardHost(document, `.card{position:fixed;width:${cardWidth};height:${cardHeight}px;overflow:auto}`);
    host.show();
    const card = document.createElement('div');
    card.className = 'card';
    host.container.append(card);
    const range = new StaticRange({ startContainer: text, startOffset: 2, endContainer: text, endOffset: 9 });
    return { range, card, term: () => lineBoxes(text) };
  }

  /** The term's line boxes in client coordinates, as the page's zoom and transforms leave them. */
  function lineBoxes(text: Text): DOMRect[] {
    const term = document.createRange();
    term.setStart(text, 2);
    term.setEnd(text, 9);
    return [...term.getClientRects()];
  }

  /** Floating UI positions the card asynchronously: wait until it has set both coordinates. */
  const placed = (card: HTMLElement) =>
    expect.poll(() => card.style.top !== '' && card.style.left !== '', { timeout: 5000 }).toBe(true);

  it.each<[string, Parameters<typeof setup>[0], Beside]>([
    ['a plain page', {}, 'below'],
    ['body zoomed 3 times', { css: 'body { zoom: 3 }', where: 'top: 20px; left: 20px' }, 'below'],
    ['body zoomed to 0.8', { css: 'body { zoom: 0.8 }' }, 'below'],
    ['html zoomed 1.25 times', { css: 'html { zoom: 1.25 }' }, 'below'],
    ['html scaled to a half', { css: 'html { transform: scale(0.5) }' }, 'below'],
    ['a vertical-rl page', { css: 'html { writing-mode: vertical-rl }', where: 'top: 40px; left: 260px' }, 'left'],
    ['body scaled to a half', { css: 'body { transform: scale(0.5) }' }, 'below'],
    ['a translated, rotated ancestor', { css: '.scene { transform: translate(30px, 20px) rotate(12deg) }' }, 'below'],
    ['vertical-rl text', { css: '#p { writing-mode: vertical-rl }', where: 'top: 40px; left: 260px' }, 'left'],
    ['vertical-lr text', { css: '#p { writing-mode: vertical-lr }' }, 'right'],
    [
      'vertical-rl text at the left edge',
      { css: '#p { writing-mode: vertical-rl }', where: 'top: 40px; left: 4px' },
      'right',
    ],
    [
      'a vertical column with no room for the card on either side',
      { css: '#p { writing-mode: vertical-lr }', where: 'top: 40px; left: calc(50vw - 10px)', cardWidth: '60vw' },
      'below',
    ],
    [
      'vertical-lr text at the right edge',
      { css: '#p { writing-mode: vertical-lr }', where: 'top: 40px; right: 4px' },
      'left',
    ],
    ['a right-to-left page', { rtl: true, where: 'top: 40px; right: 40px' }, 'below'],
    ['a modal dialog', { inDialog: true }, 'below'],
    [
      'a modal dialog with a transform',
      { inDialog: true, css: 'dialog { transform: translateX(40px) scale(0.8) }' },
      'below',
    ],
    ['the top left corner', { where: 'top: 2px; left: 2px' }, 'below'],
    ['the top right corner', { where: 'top: 2px; right: 2px' }, 'below'],
    ['the bottom left corner', { where: 'bottom: 2px; left: 2px' }, 'above'],
    ['the bottom right corner', { where: 'bottom: 2px; right: 2px' }, 'above'],
  ])('keeps the card beside its term, inside the viewport, on %s', async (_, layout, side) => {
    const { range, card, term } = setup(layout);
    stop = placeCard(document, range, card, null);
    await placed(card);
    const boxes = term();
    const rect = card.getBoundingClientRect();
    for (const box of boxes) expect(overlaps(rect, box)).toBe(false);
    expect(alignedWith(side, rect, boxes[0]!)).toBe(true);
    const gap = gapOn(side, rect, boxes[0]!);
    expect(gap).toBeGreaterThanOrEqual(4);
    expect(gap).toBeLessThanOrEqual(8);
    expect(rect.left).toBeGreaterThanOrEqual(0);
    expect(rect.top).toBeGreaterThanOrEqual(0);
    expect(rect.right).toBeLessThanOrEqual(innerWidth);
    expect(rect.bottom).toBeLessThanOrEqual(innerHeight);
  });

  it('puts the card just below the term, aligned with its start', async () => {
    const { range, card, term } = setup({});
    stop = placeCard(document, range, card, null);
    await placed(card);
    expect(Math.abs(card.getBoundingClientRect().left - term()[0]!.left)).toBeLessThanOrEqual(1);
  });

  it('puts the card beside a vertical column, level with its start', async () => {
    const { range, card, term } = setup({ css: '#p { writing-mode: vertical-lr }' });
    stop = placeCard(document, range, card, null);
    await placed(card);
    expect(Math.abs(card.getBoundingClientRect().top - term()[0]!.top)).toBeLessThanOrEqual(1);
  });

  it('caps the card’s height at the room there is, so a tall card scrolls inside', async () => {
    const { range, card } = setup({ cardHeight: innerHeight * 3 });
    stop = placeCard(document, range, card, null);
    await expect.poll(() => card.style.maxHeight, { timeout: 5000 }).not.toBe('');
    expect(parseFloat(card.style.maxHeight)).toBeLessThan(innerHeight);
    expect(card.getBoundingClientRect().bottom).toBeLessThanOrEqual(innerHeight);
  });
});
