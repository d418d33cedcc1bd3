import type { TextMatch } from './matcher';

/**
 * What the selector reads of a match found on the page: its term, whether its form needs context,
 * and `block`, its nearest block-level ancestor (set by the scanner).
 */
export type Selectable = Pick<TextMatch, 'termId' | 'needsContext'> & { block: number };

export interface SelectOptions {
  /** 'first': each term at its first `perTerm` occurrences on the page; 'all': every occurrence. */
  density: 'first' | 'all';
  perTerm: number;
  /** Unambiguous hits on the page that make it a page about the subject. */
  minPageHits: number;
}

export const DEFAULT_SELECT_OPTIONS: SelectOptions = { density: 'first', perTerm: 3, minPageHits: 2 };

/**
 * Needs-context candidates waiting for the page to qualify; past this many, later ones are dropped,
 * so a long page about cars costs bounded memory.
 */
export const MAX_HELD = 1000;

/** What forgetting candidates whose text has gone leaves to redo; see `Selector.forget`. */
export interface Forgotten {
  /** The page or a block may no longer qualify: reset, then accept every live candidate again. */
  reselectAll: boolean;
  /** Terms that lost a highlighted occurrence while others of theirs wait unhighlighted: `rank` them. */
  terms: Set<string>;
}

export interface Selector<C extends Selectable> {
  /** Takes the candidates of one scan (in document order) and returns those to highlight now. */
  accept(candidates: readonly C[]): C[];
  /**
   * Takes back candidates whose text left the page, at a cost that follows them rather than the
   * page: counts drop, and only what their going may change is reported.
   */
  forget(candidates: readonly C[]): Forgotten;
  /**
   * Lets go of admitted candidates that are not highlighted, keeping them counted: the caller keeps
   * only a tally of them (their term, block and whether they need context), not the candidates.
   */
  release(candidates: Iterable<C>): void;
  /** Takes back released candidates whose text left the page, from their tally; see `forget`. */
  forgetReleased(tallied: readonly Selectable[]): Forgotten;
  /** Whether density "first" would show more of this term than it does: some were released. */
  wantsMore(termId: string): boolean;
  /** Whether a candidate is admitted and not highlighted, so `release` may take it. */
  isSpare(candidate: C): boolean;
  /**
   * Given every live candidate of one term, in any order, and how to order two of them in the
   * document, returns the ones to highlight (the first `perTerm` that passed gating, in order) and
   * counts them as shown. Ordering costs at most `perTerm` comparisons a candidate, not a full sort:
   * on a page the comparison is a DOM call, and a term can occur thousands of times.
   */
  rank(candidates: readonly C[], compare: (a: C, b: C) => number): C[];
  /** Occurrences per term id that passed context gating, highlighted or held back by density. */
  counts(): ReadonlyMap<string, number>;
  /** Forgets the page (single-page navigation). */
  reset(): void;
}

/**
 * Page-level state for context gating and density, fed by the initial scan and every rescan.
 *
 * Gating: an unambiguous form passes anywhere. A needs-context form ("friction") passes once the page
 * has `minPageHits` unambiguous hits, or when its block holds an unambiguous hit; a whole batch's
 * unambiguous hits are counted before its needs-context candidates are judged.
 *
 * A needs-context candidate that does not pass yet is held, not counted: if a later rescan makes the
 * page (or its block) qualify, a later `accept` returns it then, so the caller must be able to
 * highlight candidates from an earlier scan (C can carry the caller's own fields, such as a Range)
 * and skip those whose text has gone since.
 */
export function createSelector<C extends Selectable = Selectable>(options: SelectOptions): Selector<C> {
  const counts = new Map<string, number>();
  const shown = new Map<string, number>();
  /** Unambiguous hits per block. */
  const blockHits = new Map<number, number>();
  let pageHits = 0;
  let held: C[] = [];
  /**
   * Candidates that passed gating (counted), and those of them returned for highlighting. Sets, not
   * WeakSets: `forget` takes every candidate out, and on a page that keeps changing, weak tables of
   * thousands of entries cost Firefox's garbage collector long pauses.
   */
  const admitted = new Set<C>();
  const highlighted = new Set<C>();

  const passes = (candidate: C) =>
    !candidate.needsContext || pageHits >= options.minPageHits || blockHits.has(candidate.block);
  const add = (map: Map<string, number>, termId: string, by: number) => {
    const next = (map.get(termId) ?? 0) + by;
    if (next > 0) map.set(termId, next);
    else map.delete(termId);
  };

  const admit = (candidate: C, out: C[]) => {
    admitted.add(candidate);
    add(counts, candidate.termId, 1);
    if (options.density === 'all' || (shown.get(candidate.termId) ?? 0) < options.perTerm) {
      add(shown, candidate.termId, 1);
      highlighted.add(candidate);
      out.push(candidate);
    }
  };

  /** `released`: the candidates were admitted, then released, so they count but show nowhere. */
  const forget = (candidates: readonly C[], released: boolean): Forgotten => {
    const qualified = pageHits >= options.minPageHits;
    const terms = new Set<string>();
    let blockLost = false;
    for (const candidate of candidates) {
      if (!candidate.needsContext) {
        pageHits -= 1;
        const left = (blockHits.get(candidate.block) ?? 0) - 1;
        if (left > 0) blockHits.set(candidate.block, left);
        else blockLost = blockHits.delete(candidate.block) || blockLost;
      }
      if (released) {
        add(counts, candidate.termId, -1);
        continue;
      }
      if (!admitted.has(candidate)) continue;
      admitted.delete(candidate);
      add(counts, candidate.termId, -1);
      if (highlighted.delete(candidate)) {
        add(shown, candidate.termId, -1);
        if (options.density === 'first') terms.add(candidate.termId);
      }
    }
    if (held.length > 0) {
      const gone = new Set(candidates);
      held = held.filter((candidate) => !gone.has(candidate));
    }
    for (const termId of terms) if ((counts.get(termId) ?? 0) <= (shown.get(termId) ?? 0)) terms.delete(termId);
    // Needs-context candidates admitted on the page's or a block's strength may have lost it.
    const stillQualified = pageHits >= options.minPageHits;
    return { reselectAll: (qualified && !stillQualified) || (!stillQualified && blockLost), terms };
  };

  return {
    accept(candidates) {
      for (const candidate of candidates) {
        if (candidate.needsContext) continue;
        pageHits += 1;
        blockHits.set(candidate.block, (blockHits.get(candidate.block) ?? 0) + 1);
      }
      const out: C[] = [];
      const stillHeld: C[] = [];
      for (const candidate of [...held, ...candidates]) {
        if (passes(candidate)) admit(candidate, out);
        else if (stillHeld.length < MAX_HELD) stillHeld.push(candidate);
      }
      held = stillHeld;
      return out;
    },
    forget(candidates) {
      return forget(candidates, false);
    },
    release(candidates) {
      for (const candidate of candidates) admitted.delete(candidate);
    },
    forgetReleased: (tallied) => forget(tallied as readonly C[], true),
    wantsMore: (termId) =>
      options.density === 'first' &&
      (shown.get(termId) ?? 0) < options.perTerm &&
      (counts.get(termId) ?? 0) > (shown.get(termId) ?? 0),
    isSpare: (candidate) => admitted.has(candidate) && !highlighted.has(candidate),
    rank(candidates, compare) {
      const limit = options.density === 'all' ? Infinity : options.perTerm;
      const keep: C[] = [];
      for (const candidate of candidates) {
        highlighted.delete(candidate);
        if (!admitted.has(candidate)) continue;
        // Insertion into the sorted `keep`, from its end: a candidate later than the last kept one,
        // once `keep` is full, costs one comparison.
        let at = keep.length;
        while (at > 0 && compare(candidate, keep[at - 1]!) < 0) at -= 1;
        if (at < limit) {
          keep.splice(at, 0, candidate);
          if (keep.length > limit) keep.pop();
        }
      }
      for (const candidate of keep) highlighted.add(candidate);
      const termId = candidates[0]?.termId;
      if (termId !== undefined) {
        shown.delete(termId);
        add(shown, termId, keep.length);
      }
      return keep;
    },
    counts: () => new Map(counts),
    reset() {
      counts.clear();
      shown.clear();
      blockHits.clear();
      pageHits = 0;
      held = [];
      admitted.clear();
      highlighted.clear();
    },
  };
}
