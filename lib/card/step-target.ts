/** A highlight's vertical extent in viewport coordinates. */
export interface Span {
  top: number;
  bottom: number;
}

/**
 * Which highlight "next term" / "previous term" goes to (an index into the document-order list, or -1
 * when there is none). From an open card: its neighbour, wrapping round at either end. Otherwise from
 * where the person is reading: next is the first term at or below the top of the viewport, previous
 * the last one above its bottom.
 */
export function pickStepIndex(
  spans: readonly Span[],
  viewportHeight: number,
  current: number,
  direction: 'next' | 'previous',
): number {
  const count = spans.length;
  if (count === 0) return -1;
  if (current >= 0 && current < count) return (current + (direction === 'next' ? 1 : count - 1)) % count;
  if (direction === 'next') {
    const below = spans.findIndex((span) => span.top >= 0);
    return below === -1 ? 0 : below;
  }
  const above = spans.findLastIndex((span) => span.bottom <= viewportHeight);
  return above === -1 ? count - 1 : above;
}
