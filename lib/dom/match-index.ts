import type { Category } from '@/lib/guide/schema';
import type { TextMatch } from '@/lib/match/matcher';
import type { PlanPool } from './highlight-plan';

export interface PageHighlight {
  termId: string;
  range: AbstractRange;
}

/**
 * A match in the page's text, from the scan that finds it to the highlight it becomes: the matcher's
 * hit placed on the text nodes that hold it, in its block, with its term's category, and its drawn
 * highlight (null while the selector holds it back). One flat object with every field set where the
 * scan makes it: the session keeps one per match for as long as its text is on the page, and it is
 * the selector's input itself, so a match costs the page no second object and no lookup table.
 */
export interface PageMatch extends TextMatch {
  block: number;
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
  category: Category;
  highlight: PageHighlight | null;
}

/**
 * The session's matches, findable by the text nodes they start or end in: a changed or removed
 * node drops its matches, and the card's caret lookup costs one map read.
 */
export interface MatchIndex {
  readonly matches: ReadonlySet<PageMatch>;
  add(match: PageMatch): void;
  /** Takes out every match that starts or ends in `node` and returns them. */
  removeNode(node: Node): readonly PageMatch[];
  /** Takes out these matches, each node's list filtered once. */
  removeAll(gone: ReadonlySet<PageMatch>): void;
  /** The text nodes that hold at least one match, as a copy. */
  nodes(): Node[];
  /** One term's matches, in no particular order. */
  ofTerm(termId: string): PageMatch[];
  /** The drawn highlight covering a caret position, if any. */
  highlightAt(node: Node, offset: number): PageHighlight | null;
  /** Drawn highlights in document order. */
  highlights(): PageHighlight[];
}

/** What most text nodes hold: asked for every node a rescan covers, so it is not a new array each time. */
const NONE: readonly PageMatch[] = [];

export function createMatchIndex(): MatchIndex {
  const matches = new Set<PageMatch>();
  // Maps, not WeakMaps: matches leave them in removeNode(). Under churn in Firefox a weak table's upkeep
  // showed as one 55-73 ms pause per 10 s storm, against 25-34 ms with a Map.
  const byNode = new Map<Node, PageMatch[]>();
  const byTerm = new Map<string, Set<PageMatch>>();
  const link = (node: Node, match: PageMatch) => {
    const list = byNode.get(node);
    if (list) list.push(match);
    else byNode.set(node, [match]);
  };
  // In place: on a page that keeps changing, a new list per removal was much of what a rescan allocated.
  const unlink = (node: Node, match: PageMatch) => {
    const list = byNode.get(node);
    const at = list ? list.indexOf(match) : -1;
    if (at < 0) return;
    if (list!.length === 1) byNode.delete(node);
    else list!.splice(at, 1);
  };
  return {
    matches,
    add(match) {
      matches.add(match);
      link(match.startNode, match);
      if (match.endNode !== match.startNode) link(match.endNode, match);
      const termId = match.termId;
      const ofTerm = byTerm.get(termId);
      if (ofTerm) ofTerm.add(match);
      else byTerm.set(termId, new Set([match]));
    },
    removeNode(node) {
      const list = byNode.get(node);
      if (!list) return NONE;
      byNode.delete(node);
      for (const match of list) {
        matches.delete(match);
        const termId = match.termId;
        const ofTerm = byTerm.get(termId);
        if (ofTerm?.delete(match) && ofTerm.size === 0) byTerm.delete(termId);
        const { startNode, endNode } = match;
        if (startNode !== endNode) unlink(startNode === node ? endNode : startNode, match);
      }
      return list;
    },
    removeAll(gone) {
      const touched = new Set<Node>();
      for (const match of gone) {
        if (!matches.delete(match)) continue;
        touched.add(match.startNode).add(match.endNode);
        const ofTerm = byTerm.get(match.termId);
        if (ofTerm?.delete(match) && ofTerm.size === 0) byTerm.delete(match.termId);
      }
      for (const node of touched) {
        const kept = byNode.get(node)?.filter((match) => !gone.has(match)) ?? [];
        if (kept.length > 0) byNode.set(node, kept);
        else byNode.delete(node);
      }
    },
    nodes: () => [...byNode.keys()],
    ofTerm: (termId) => [...(byTerm.get(termId) ?? [])],
    highlightAt(node, offset) {
      const hit = byNode
        .get(node)
        ?.find(
          (e) =>
            e.highlight &&
            (node !== e.startNode || offset >= e.startOffset) &&
            (node !== e.endNode || offset < e.endOffset),
        );
      return hit?.highlight ?? null;
    },
    highlights: () =>
      [...matches]
        .filter((e) => e.highlight)
        .sort(compareMatches)
        .map((e) => e.highlight!),
  };
}

function compareMatches(a: PageMatch, b: PageMatch): number {
  if (a.startNode === b.startNode) return a.startOffset - b.startOffset;
  return a.startNode.compareDocumentPosition(b.startNode) & 4 /* FOLLOWING */ ? -1 : 1;
}

/** The index as the plan reads it. */
export const planPoolOf = (index: MatchIndex): PlanPool<PageMatch> => ({
  live: () => index.matches,
  ofTerm: (termId) => index.ofTerm(termId),
  has: (match) => index.matches.has(match),
  isDrawn: (match) => match.highlight !== null,
  compare: compareMatches,
});
