import { toLiveRange } from './hit-test';

/**
 * Scrolls a term into view before its card opens: the nearest scrolling box first (a term may sit in
 * a scrolled panel), then the window, placing the term a third of the way down. No smooth scrolling:
 * it would have to be undone for people who asked for reduced motion, and the card follows anyway.
 */
export function revealRange(doc: Document, range: AbstractRange): void {
  const live = toLiveRange(doc, range);
  live.startContainer.parentElement?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const view = doc.defaultView;
  const box = live.getBoundingClientRect();
  if (view && (box.top < 0 || box.bottom > view.innerHeight)) view.scrollBy(0, box.top - view.innerHeight / 3);
}
