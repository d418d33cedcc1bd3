import type { Highlighter, HighlightStyle } from './highlighter';

/** The element that carries a highlight where the Custom Highlight API is missing. */
export const MARK_ELEMENT = 'relief-lens-mark';

/**
 * The fallback renderer: wraps each match in a `relief-lens-mark` element (styled by the content
 * CSS) and unwraps it on removal, moving the page's own text nodes back where they were.
 */
export function wrapHighlights(document: Document, initialStyle: HighlightStyle): Highlighter {
  let style = initialStyle;
  const marks = new Map<AbstractRange, HTMLElement>();
  const unwrap = (mark: HTMLElement) => {
    const parent = mark.parentNode;
    if (parent) {
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      mark.remove();
    }
  };
  return {
    changesDom: true,
    createRange(startNode, startOffset, endNode, endOffset) {
      const range = document.createRange();
      range.setStart(startNode, startOffset);
      range.setEnd(endNode, endOffset);
      return range;
    },
    add(items) {
      const drawn: AbstractRange[] = new Array(items.length);
      // Last first: wrapping splits text nodes, and the offsets of earlier matches in the same node must hold.
      for (let i = items.length - 1; i >= 0; i--) {
        const { range, category } = items[i]!;
        drawn[i] = range;
        const mark = document.createElement(MARK_ELEMENT);
        mark.dataset.category = category;
        mark.dataset.style = style;
        try {
          (range as Range).surroundContents(mark);
        } catch {
          continue; // the match straddles an element edge: wrapping it would move the page's elements
        }
        const inner = document.createRange();
        inner.setStart(mark.firstChild!, 0);
        inner.setEnd(mark.lastChild!, mark.lastChild!.textContent!.length);
        marks.set(inner, mark);
        drawn[i] = inner;
      }
      return drawn;
    },
    remove(items) {
      for (const { range } of items) {
        const mark = marks.get(range);
        if (!mark) continue;
        unwrap(mark);
        marks.delete(range);
      }
    },
    setStyle(next) {
      style = next;
      for (const mark of marks.values()) mark.dataset.style = next;
    },
    clear() {
      for (const mark of marks.values()) unwrap(mark);
      marks.clear();
    },
  };
}
