import type { HighlightSession, PageHighlight } from './highlight-session';

/**
 * Which highlight is under a point, without any element of ours in the page: the caret position at
 * the point gives a text node and offset, the session maps that to its highlight, and the highlight's
 * line boxes confirm the point is really on the term. The caret APIs snap to the nearest character
 * even when the point is in empty space beside a line, hence the check.
 */

interface Caret {
  node: Node;
  offset: number;
}

/** Chromium before 128 only has the non-standard caretRangeFromPoint. */
type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

function caretAt(doc: CaretDocument, x: number, y: number): Caret | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** A live Range over a highlight's (possibly static) range, for measuring. */
export function toLiveRange(doc: Document, range: AbstractRange): Range {
  if (range instanceof Range) return range;
  const live = doc.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  return live;
}

/** Slack in px around a line box, so the pointer on a glyph's edge still counts. */
const SLACK = 1;

export function isPointInRange(doc: Document, range: AbstractRange, x: number, y: number): boolean {
  return [...toLiveRange(doc, range).getClientRects()].some(
    (rect) => x >= rect.left - SLACK && x <= rect.right + SLACK && y >= rect.top - SLACK && y <= rect.bottom + SLACK,
  );
}

/** Highlights the caret may be in; right after a term's last letter counts as in the term. */
function highlightsAtCaret(
  session: Pick<HighlightSession, 'highlightAt'>,
  node: Node,
  offset: number,
): PageHighlight[] {
  const found = [session.highlightAt(node, offset), offset > 0 ? session.highlightAt(node, offset - 1) : null];
  return found.filter((highlight) => highlight !== null);
}

export function findHighlightAtPoint(
  doc: Document,
  session: Pick<HighlightSession, 'highlightAt'>,
  x: number,
  y: number,
): PageHighlight | null {
  const caret = caretAt(doc, x, y);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return null;
  // A point on the right half of a term's last letter puts the caret just after the term.
  return highlightsAtCaret(session, caret.node, caret.offset).find((h) => isPointInRange(doc, h.range, x, y)) ?? null;
}

/**
 * The highlight a selection is about, for the keyboard command: the one holding the caret, or the first
 * one a non-empty selection overlaps.
 */
export function findHighlightInSelection(
  doc: Document,
  session: Pick<HighlightSession, 'highlightAt' | 'highlights'>,
  selection: Selection,
): PageHighlight | null {
  if (selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (range.collapsed) return highlightsAtCaret(session, range.startContainer, range.startOffset)[0] ?? null;
  return (
    session.highlights().find((highlight) => {
      const other = toLiveRange(doc, highlight.range);
      // Overlap: the selection ends after the highlight starts and starts before it ends.
      return (
        range.compareBoundaryPoints(Range.START_TO_END, other) > 0 &&
        range.compareBoundaryPoints(Range.END_TO_START, other) < 0
      );
    }) ?? null
  );
}
