import type { TextMatch } from './matcher';

/** A match found on the page; `block` identifies its nearest block-level ancestor (set by the scanner). */
export interface Candidate extends TextMatch {
  block: number;
}

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

export interface Selector<C extends Candidate> {
  /** Takes the candidates of one scan (in document order) and returns those to highlight now. */
  accept(candidates: readonly C[]): C[];
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
export function createSelector<C extends Candidate = Candidate>(options: SelectOptions): Selector<C> {
  const counts = new Map<string, number>();
  const shown = new Map<string, number>();
  const blocksWithHit = new Set<number>();
  let pageHits = 0;
  let held: C[] = [];

  const passes = (candidate: C) =>
    !candidate.needsContext || pageHits >= options.minPageHits || blocksWithHit.has(candidate.block);

  const admit = (candidate: C, out: C[]) => {
    counts.set(candidate.termId, (counts.get(candidate.termId) ?? 0) + 1);
    const highlighted = shown.get(candidate.termId) ?? 0;
    if (options.density === 'all' || highlighted < options.perTerm) {
      shown.set(candidate.termId, highlighted + 1);
      out.push(candidate);
    }
  };

  return {
    accept(candidates) {
      for (const candidate of candidates) {
        if (candidate.needsContext) continue;
        pageHits += 1;
        blocksWithHit.add(candidate.block);
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
    counts: () => new Map(counts),
    reset() {
      counts.clear();
      shown.clear();
      blocksWithHit.clear();
      pageHits = 0;
      held = [];
    },
  };
}
