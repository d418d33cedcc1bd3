import type { Point } from '@/lib/dom/card-position';
import type { PageHighlight } from '@/lib/dom/highlight-session';

/** What a card is about and where it sits: a highlight, or a selection the person asked about. */
export interface Anchor {
  range: AbstractRange;
  /** null for a selection: the background tells which term, if any, its text names. */
  termId: string | null;
  /** False for a selection: it does not go away with the highlights. */
  highlighted: boolean;
  text: string;
  /** The pointer, so a term that wraps gets its card on the line the person points at. */
  point: Point | null;
}

export const sameAnchor = (a: Anchor, b: Anchor): boolean =>
  a.termId === b.termId &&
  a.text === b.text &&
  a.range.startContainer === b.range.startContainer &&
  a.range.startOffset === b.range.startOffset;

export const fromHighlight = (highlight: PageHighlight, point: Point | null): Anchor => ({
  range: highlight.range,
  termId: highlight.termId,
  highlighted: true,
  text: '',
  point,
});
