import { describe, expect, it } from 'vitest';
import type { PageHighlight } from '@/lib/dom/match-index';
import { findHighlightAtPoint, findHighlightInSelection, isPointInRange, toLiveRange } from '@/lib/dom/hit-test';
import { mount, textOf } from './support';

/** A stand-in for the session: the highlights it has drawn, found by caret position as the session finds them. */
function sessionOf(highlights: PageHighlight[]) {
  return {
    highlights: () => highlights,
    highlightAt: (node: Node, offset: number) =>
      highlights.find(({ range }) => {
        const live = toLiveRange(document, range);
        return live.comparePoint(node, offset) === 0 && !(node === range.endContainer && offset === range.endOffset);
      }) ?? null,
  };
}

function highlight(termId: string, node: Text, start: number, end: number): PageHighlight {
  return {
    termId,
    range: new StaticRange({ startContainer: node, startOffset: start, endContainer: node, endOffset: end }),
  };
}

/** The box of one character, measured by the browser. */
function charBox(node: Text, offset: number): DOMRect {
  const range = document.createRange();
  range.setStart(node, offset);
  range.setEnd(node, offset + 1);
  return range.getBoundingClientRect();
}

const middle = (box: DOMRect) => ({ x: box.left + box.width / 2, y: box.top + box.height / 2 });

describe('findHighlightAtPoint', () => {
  it('finds the highlight under a point on any of its letters, and none on plain text next to it', () => {
    const root = mount('<p id="p">Try shiatsu today</p>');
    const text = textOf(root, '#p');
    const shiatsu = highlight('shiatsu', text, 4, 11);
    const session = sessionOf([shiatsu]);
    for (const offset of [4, 7, 10]) {
      const { x, y } = middle(charBox(text, offset));
      expect(findHighlightAtPoint(document, session, x, y)).toBe(shiatsu);
    }
    const before = middle(charBox(text, 2));
    expect(findHighlightAtPoint(document, session, before.x, before.y)).toBeNull();
  });

  it('counts the right half of the last letter, where the caret lands after the term', () => {
    const root = mount('<p id="p">shiatsu, then rest</p>');
    const text = textOf(root, '#p');
    const shiatsu = highlight('shiatsu', text, 0, 7);
    const box = charBox(text, 6);
    expect(findHighlightAtPoint(document, sessionOf([shiatsu]), box.right - 1, box.top + box.height / 2)).toBe(shiatsu);
  });

  it('finds nothing in empty space beside a line, though the caret snaps to the term', () => {
    const root = mount('<p id="p" style="width: 300px">shiatsu</p>');
    const text = textOf(root, '#p');
    const session = sessionOf([highlight('shiatsu', text, 0, 7)]);
    const last = charBox(text, 6);
    expect(findHighlightAtPoint(document, session, last.right + 100, last.top + last.height / 2)).toBeNull();
  });

  it('follows a term that wraps across two lines on both of them', () => {
    const root = mount('<p id="p" style="width: 15ch">aaaaaaa deep tissue massage</p>');
    const text = textOf(root, '#p');
    const term = highlight('deep-tissue-massage', text, 8, 27);
    const session = sessionOf([term]);
    const rects = [...toLiveRange(document, term.range).getClientRects()];
    expect(rects.length).toBeGreaterThan(1);
    const first = middle(charBox(text, 9));
    const second = middle(charBox(text, 24));
    expect(second.y).toBeGreaterThan(first.y);
    expect(findHighlightAtPoint(document, session, first.x, first.y)).toBe(term);
    expect(findHighlightAtPoint(document, session, second.x, second.y)).toBe(term);
  });
});

describe('isPointInRange', () => {
  it('accepts a point on a line box (within a pixel of it) and rejects one beyond', () => {
    const root = mount('<p id="p">sciatica</p>');
    const text = textOf(root, '#p');
    const range = highlight('sciatica', text, 0, 8).range;
    const box = toLiveRange(document, range).getBoundingClientRect();
    expect(isPointInRange(document, range, box.right + 0.5, box.top + 1)).toBe(true);
    expect(isPointInRange(document, range, box.right + 5, box.top + 1)).toBe(false);
    expect(isPointInRange(document, range, box.left + 1, box.bottom + 5)).toBe(false);
  });
});

describe('findHighlightInSelection', () => {
  const setup = () => {
    const root = mount('<p id="p">Shiatsu or Swedish massage</p>');
    const text = textOf(root, '#p');
    const shiatsu = highlight('shiatsu', text, 0, 7);
    const swedish = highlight('swedish-massage', text, 11, 26);
    return { text, shiatsu, swedish, session: sessionOf([shiatsu, swedish]) };
  };
  const select = (node: Text, start: number, end: number) => {
    const selection = getSelection()!;
    selection.removeAllRanges();
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, end);
    selection.addRange(range);
    return selection;
  };

  it('finds the highlight holding a collapsed caret, including just after its last letter', () => {
    const { text, shiatsu, swedish, session } = setup();
    expect(findHighlightInSelection(document, session, select(text, 3, 3))).toBe(shiatsu);
    expect(findHighlightInSelection(document, session, select(text, 26, 26))).toBe(swedish);
    expect(findHighlightInSelection(document, session, select(text, 9, 9))).toBeNull();
  });

  it('finds the first highlight a selection overlaps, and none for a selection between them', () => {
    const { text, shiatsu, swedish, session } = setup();
    expect(findHighlightInSelection(document, session, select(text, 5, 14))).toBe(shiatsu);
    expect(findHighlightInSelection(document, session, select(text, 8, 14))).toBe(swedish);
    expect(findHighlightInSelection(document, session, select(text, 7, 11))).toBeNull();
    getSelection()!.removeAllRanges();
    expect(findHighlightInSelection(document, session, getSelection()!)).toBeNull();
  });
});
