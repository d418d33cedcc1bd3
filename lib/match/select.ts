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
 * Needs-context matches waiting for the page to qualify; past this many, later ones are dropped,
 * so a long page about cars costs bounded memory.
 */
export const MAX_HELD = 1000;

/** What forgetting matches whose text has gone leaves to redo; see `Selector.forget`. */
interface Forgotten {
  /** The page or a block may no longer qualify: reset, then accept every live match again. */
  reselectAll: boolean;
  /** Terms that lost a highlighted occurrence while others of theirs wait unhighlighted: `rank` them. */
  terms: Set<string>;
}

export interface Selector<M extends Selectable> {
  /** Takes the matches of one scan (in document order) and returns those to highlight now. */
  accept(matches: readonly M[]): M[];
  /**
   * Takes back matches whose text left the page, at a cost that follows them rather than the
   * page: counts drop, and only what their going may change is reported.
   */
  forget(matches: readonly M[]): Forgotten;
  /**
   * Lets go of admitted matches that are not highlighted, keeping them counted: the caller keeps
   * only a tally of them (their term, block and whether they need context), not the matches.
   */
  release(matches: Iterable<M>): void;
  /** Takes back released matches whose text left the page, from their tally; see `forget`. */
  forgetReleased(tallied: readonly Selectable[]): Forgotten;
  /** Whether density "first" would show more of this term than it does: some were released. */
  wantsMore(termId: string): boolean;
  /** Whether a match is admitted and not highlighted, so `release` may take it. */
  isSpare(match: M): boolean;
  /**
   * Given every live match of one term, in any order, and how to order two of them in the
   * document, returns the ones to highlight (the first `perTerm` that passed gating, in order) and
   * counts them as shown. Ordering costs at most `perTerm` comparisons a match, not a full sort:
   * on a page the comparison is a DOM call, and a term can occur thousands of times.
   */
  rank(matches: readonly M[], compare: (a: M, b: M) => number): M[];
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
 * unambiguous hits are counted before its needs-context matches are judged.
 *
 * A needs-context match that does not pass yet is held, not counted: if a later rescan makes the
 * page (or its block) qualify, a later `accept` returns it then, so the caller must be able to
 * highlight matches from an earlier scan (M can carry the caller's own fields, such as a Range)
 * and skip those whose text has gone since.
 */
export function createSelector<M extends Selectable = Selectable>(options: SelectOptions): Selector<M> {
  const counts = new Map<string, number>();
  const shown = new Map<string, number>();
  /** Unambiguous hits per block. */
  const blockHits = new Map<number, number>();
  let pageHits = 0;
  let held: M[] = [];
  /**
   * Matches that passed gating (counted), and those of them returned for highlighting. Sets, not
   * WeakSets: `forget` takes every match out, and on a page that keeps changing, weak tables of
   * thousands of matches cost Firefox's garbage collector long pauses.
   */
  const admitted = new Set<M>();
  const highlighted = new Set<M>();

  const passes = (match: M) => !match.needsContext || pageHits >= options.minPageHits || blockHits.has(match.block);
  const add = (map: Map<string, number>, termId: string, by: number) => {
    const next = (map.get(termId) ?? 0) + by;
    if (next > 0) map.set(termId, next);
    else map.delete(termId);
  };

  const admit = (match: M, out: M[]) => {
    admitted.add(match);
    add(counts, match.termId, 1);
    if (options.density === 'all' || (shown.get(match.termId) ?? 0) < options.perTerm) {
      add(shown, match.termId, 1);
      highlighted.add(match);
      out.push(match);
    }
  };

  /** `released`: the matches were admitted, then released, so they count but show nowhere. */
  const forget = (matches: readonly M[], released: boolean): Forgotten => {
    const qualified = pageHits >= options.minPageHits;
    const terms = new Set<string>();
    let blockLost = false;
    for (const match of matches) {
      if (!match.needsContext) {
        pageHits -= 1;
        const left = (blockHits.get(match.block) ?? 0) - 1;
        if (left > 0) blockHits.set(match.block, left);
        else blockLost = blockHits.delete(match.block) || blockLost;
      }
      if (released) {
        add(counts, match.termId, -1);
        continue;
      }
      if (!admitted.has(match)) continue;
      admitted.delete(match);
      add(counts, match.termId, -1);
      if (highlighted.delete(match)) {
        add(shown, match.termId, -1);
        if (options.density === 'first') terms.add(match.termId);
      }
    }
    if (held.length > 0) {
      const gone = new Set(matches);
      held = held.filter((match) => !gone.has(match));
    }
    for (const termId of terms) if ((counts.get(termId) ?? 0) <= (shown.get(termId) ?? 0)) terms.delete(termId);
    // Needs-context matches admitted on the page's or a block's strength may have lost it.
    const stillQualified = pageHits >= options.minPageHits;
    return { reselectAll: (qualified && !stillQualified) || (!stillQualified && blockLost), terms };
  };

  return {
    accept(matches) {
      for (const match of matches) {
        if (match.needsContext) continue;
        pageHits += 1;
        blockHits.set(match.block, (blockHits.get(match.block) ?? 0) + 1);
      }
      const out: M[] = [];
      const stillHeld: M[] = [];
      for (const match of [...held, ...matches]) {
        if (passes(match)) admit(match, out);
        else if (stillHeld.length < MAX_HELD) stillHeld.push(match);
      }
      held = stillHeld;
      return out;
    },
    forget(matches) {
      return forget(matches, false);
    },
    release(matches) {
      for (const match of matches) admitted.delete(match);
    },
    forgetReleased: (tallied) => forget(tallied as readonly M[], true),
    wantsMore: (termId) =>
      options.density === 'first' &&
      (shown.get(termId) ?? 0) < options.perTerm &&
      (counts.get(termId) ?? 0) > (shown.get(termId) ?? 0),
    isSpare: (match) => admitted.has(match) && !highlighted.has(match),
    rank(matches, compare) {
      const limit = options.density === 'all' ? Infinity : options.perTerm;
      const keep: M[] = [];
      for (const match of matches) {
        highlighted.delete(match);
        if (!admitted.has(match)) continue;
        // Insertion into the sorted `keep`, from its end: a match later than the last kept one,
        // once `keep` is full, costs one comparison.
        let at = keep.length;
        while (at > 0 && compare(match, keep[at - 1]!) < 0) at -= 1;
        if (at < limit) {
          keep.splice(at, 0, match);
          if (keep.length > limit) keep.pop();
        }
      }
      for (const match of keep) highlighted.add(match);
      const termId = matches[0]?.termId;
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
