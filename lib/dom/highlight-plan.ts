import type { Selectable, Selector } from '@/lib/match/select';

/** Matches the selector takes between two chances to yield. */
export const ACCEPT_CHUNK = 4096;

/**
 * What the plan reads of the session's matches, as plain data: each is one match, the
 * selector's input itself, and is drawn now or not.
 */
export interface PlanPool<M extends Selectable> {
  /** Every live match (after this scan's new ones were added and its dropped ones removed). */
  live(): Iterable<M>;
  /** One term's live matches, in any order. */
  ofTerm(termId: string): M[];
  /** Whether a match is still live: the selector may hand back one it held since an earlier scan. */
  has(match: M): boolean;
  isDrawn(match: M): boolean;
  /** Document order of two matches. */
  compare(a: M, b: M): number;
}

export interface Plan<M> {
  draw: M[];
  erase: M[];
  /** The selector started over from the live matches: whatever the caller tallied outside it is forgotten. */
  reselected: boolean;
}

/**
 * Decides what one scan changes on screen: density selection over the new matches (or over all
 * live ones when dropped matches, or `released` tallied matches, may have changed whether the page
 * is about the subject), then, for
 * density "first", re-ranking of only the terms that lost a drawn occurrence. A generator that
 * yields between chunks, so the caller can give the page its turn on a page with 100,000 matches.
 */
export function* planHighlights<M extends Selectable>(
  selector: Selector<M>,
  pool: PlanPool<M>,
  fresh: readonly M[],
  dropped: readonly M[],
  released: readonly Selectable[] = [],
): Generator<void, Plan<M>> {
  const forgotten = dropped.length > 0 ? selector.forget(dropped) : null;
  const gone = released.length > 0 ? selector.forgetReleased(released) : null;
  const reselect = (forgotten?.reselectAll ?? false) || (gone?.reselectAll ?? false);
  const selecting = reselect ? [...pool.live()] : fresh;
  if (reselect) selector.reset();
  const accepted = new Set<M>();
  // Matches the selector holds back in one chunk come back from a later one once the page qualifies.
  for (let i = 0; i < selecting.length; i += ACCEPT_CHUNK) {
    if (i > 0) yield;
    for (const match of selector.accept(selecting.slice(i, i + ACCEPT_CHUNK))) {
      if (pool.has(match)) accepted.add(match);
    }
  }
  const draw = [...accepted].filter((e) => !pool.isDrawn(e));
  const erase = [
    ...(reselect ? selecting.filter((e) => !accepted.has(e) && pool.isDrawn(e)) : []),
    ...dropped.filter((e) => pool.isDrawn(e)),
  ];
  if (!forgotten || reselect) return { draw, erase, reselected: reselect };
  return { draw: yield* rerank(selector, pool, forgotten.terms, draw, erase), erase, reselected: false };
}

/**
 * After drawn occurrences of `terms` went, density "first" moves their highlights to the next
 * occurrences: only those terms' matches are ranked again, not the page's, one term per step.
 */
function* rerank<M extends Selectable>(
  selector: Selector<M>,
  pool: PlanPool<M>,
  terms: Iterable<string>,
  draw: readonly M[],
  erase: M[],
): Generator<void, M[]> {
  const drawing = new Set(draw);
  for (const termId of terms) {
    // Each term's ranking compares document positions, a call into the page's DOM per match.
    yield;
    const matches = pool.ofTerm(termId);
    const keep = new Set(selector.rank(matches, (a, b) => pool.compare(a, b)));
    for (const match of matches) {
      if (keep.has(match)) {
        if (!pool.isDrawn(match)) drawing.add(match);
      } else {
        drawing.delete(match);
        if (pool.isDrawn(match)) erase.push(match);
      }
    }
  }
  return [...drawing];
}
