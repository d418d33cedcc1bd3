import { afterEach, describe, expect, it } from 'vitest';
import { chooseLineBox, placeCard } from '@/lib/dom/card-position';
import { mount, textOf } from './support';

const box = (left: number, top: number, right: number, bottom: number) => ({ left, top, right, bottom });

describe('chooseLineBox', () => {
  const lines = [box(300, 0, 600, 20), box(0, 20, 120, 40)];
  it.each([
    ['no boxes', [], { x: 0, y: 0 }, -1],
    ['no pointer', lines, null, 0],
    ['the pointer on the second line', lines, { x: 50, y: 30 }, 1],
    ['the pointer nearest the first line', lines, { x: 590, y: 25 }, 0],
  ] as const)('%s → %i', (_, boxes, point, expected) => {
    expect(chooseLineBox(boxes, point)).toBe(expected);
  });
});

describe('placeCard', () => {
  let stop: (() => void) | null = null;
  afterEach(() => {
    stop?.();
    stop = null;
  });

  /** A term at `top` px from the viewport's top, and a fixed card of the given height. */
  function setup(top: number, cardHeight: number) {
    const root = mount(`<p id="p" style="margin: 0; position: absolute; top: ${top}px; left: 40px">a shiatsu here</p>`);
    const text = textOf(root, '#p');
    const range = new StaticRange({ startContainer: text, startOffset: 2, endContainer: text, endOffset: 9 });
    const card = document.createElement('div');
    card.style.cssText = `position: fixed; width: 200px; height: ${cardHeight}px; overflow: auto`;
    root.append(card);
    const term = document.createRange();
    term.setStart(text, 2);
    term.setEnd(text, 9);
    return { range, card, term: term.getBoundingClientRect() };
  }

  /** Floating UI positions the card asynchronously: wait until it has set both coordinates. */
  const placed = (card: HTMLElement) =>
    expect.poll(() => card.style.top !== '' && card.style.left !== '', { timeout: 5000 }).toBe(true);

  it('puts the card just below the term, aligned with its start', async () => {
    const { range, card, term } = setup(40, 100);
    stop = placeCard(document, range, card, null);
    await placed(card);
    const rect = card.getBoundingClientRect();
    expect(rect.top).toBeGreaterThan(term.bottom);
    expect(rect.top - term.bottom).toBeLessThanOrEqual(8);
    expect(Math.abs(rect.left - term.left)).toBeLessThanOrEqual(1);
  });

  it('flips the card above a term near the bottom of the viewport', async () => {
    const { range, card, term } = setup(innerHeight - 40, 100);
    stop = placeCard(document, range, card, null);
    await placed(card);
    const rect = card.getBoundingClientRect();
    expect(rect.bottom).toBeLessThan(term.top);
    expect(rect.top).toBeGreaterThanOrEqual(0);
  });

  it('caps the card’s height at the room there is, so a tall card scrolls inside', async () => {
    const { range, card } = setup(40, innerHeight * 3);
    stop = placeCard(document, range, card, null);
    await expect.poll(() => card.style.maxHeight, { timeout: 5000 }).not.toBe('');
    expect(parseFloat(card.style.maxHeight)).toBeLessThan(innerHeight);
    expect(card.getBoundingClientRect().bottom).toBeLessThanOrEqual(innerHeight);
  });
});
