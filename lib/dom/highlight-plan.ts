import type { Selectable, Selector } from '@/lib/match/select';

/** Candidates the selector takes between two chances to yield. */
export const ACCEPT_CHUNK = 4096;

/**
 * What the plan reads of the session's matches, as plain data: each entry is one match, the
 * selector's input itself, and is drawn now or not.
 */
export interface PlanPool<E extends Selectable> {
  /** Every live entry (after this scan's new ones were added and its dropped ones removed). */
  live(): Iterable<E>;
  /** One term's live entries, in any order. */
  ofTerm(termId: string): E[];
  /** Whether an entry is still live: the selector may hand back one it held since an earlier scan. */
  has(entry: E): boolean;
  isDrawn(entry: E): boolean;
  /** Document order of two entries. */
  compare(a: E, b: E): number;
}

export interface Plan<E> {
  draw: E[];
  erase: E[];
  /** The selector started over from the live entries: whatever the caller tallied outside it is forgotten. */
  reselected: boolean;
}

/**
 * Decides what one scan changes on screen: density selection over the new entries (or over all
 * live ones when dropped entries, or `released` tallied matches, may have changed whether the page
 * is about the subject), then, for
 * density "first", re-ranking of only the terms that lost a drawn occurrence. A generator that
 * yields between chunks, so the caller can give the page its turn on a page with 100,000 matches.
 */
export function* planHighlights<E extends Selectable>(
  selector: Selector<E>,
  pool: PlanPool<E>,
  fresh: readonly E[],
  dropped: readonly E[],
  released: readonly Selectable[] = [],
): Generator<void, Plan<E>> {
  const forgotten = dropped.length > 0 ? selector.forget(dropped) : null;
  const gone = released.length > 0 ? selector.forgetReleased(released) : null;
  const reselect = (forgotten?.reselectAll ?? false) || (gone?.reselectAll ?? false);
  const candidates = reselect ? [...pool.live()] : fresh;
  if (reselect) selector.reset();
  const accepted = new Set<E>();
  // Candidates the selector holds back in one chunk come back from a later one once the page qualifies.
  for (let i = 0; i < candidates.length; i += ACCEPT_CHUNK) {
    if (i > 0) yield;
    for (const entry of selector.accept(candidates.slice(i, i + ACCEPT_CHUNK))) {
      if (pool.has(entry)) accepted.add(entry);
    }
  }
  const draw = [...accepted].filter((e) => !pool.isDrawn(e));
  const erase = [
    ...(reselect ? candidates.filter((e) => !accepted.has(e) && pool.isDrawn(e)) : []),
    ...dropped.filter((e) => pool.isDrawn(e)),
  ];
  if (!forgotten || reselect) return { draw, erase, reselected: reselect };
  return { draw: yield* rerank(selector, pool, forgotten.terms, draw, erase), erase, reselected: false };
}

/**
 * After drawn occurrences of `terms` went, density "first" moves their highlights to the next
 * occurrences: only those terms' entries are ranked again, not the page's, one term per step.
 */
function* rerank<E extends Selectable>(
  selector: Selector<E>,
  pool: PlanPool<E>,
  terms: Iterable<string>,
  draw: readonly E[],
  erase: E[],
): Generator<void, E[]> {
  const drawing = new Set(draw);
  for (const termId of terms) {
    // Each term's ranking compares document positions, a call into the page's DOM per entry.
    yield;
    const entries = pool.ofTerm(termId);
    const keep = new Set(selector.rank(entries, (a, b) => pool.compare(a, b)));
    for (const entry of entries) {
      if (keep.has(entry)) {
        if (!pool.isDrawn(entry)) drawing.add(entry);
      } else {
        drawing.delete(entry);
        if (pool.isDrawn(entry)) erase.push(entry);
      }
    }
  }
  return [...drawing];
}
