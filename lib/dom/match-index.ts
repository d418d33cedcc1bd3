import type { Category } from '@/lib/guide/schema';
import type { Candidate } from '@/lib/match/select';
import type { PlanPool } from './highlight-plan';
import type { PageMatch } from './scan-matches';

export interface PageHighlight {
  termId: string;
  range: AbstractRange;
}

/**
 * A match the session knows about: drawn (with its highlight) or held back by the selector. It is
 * its own selector candidate, so a match costs the page one object and no lookup table.
 */
export interface Entry extends PageMatch {
  category: Category;
  highlight: PageHighlight | null;
}

/**
 * The session's matches, findable by the text nodes they start or end in: a changed or removed
 * node drops its matches, and the card's caret lookup costs one map read.
 */
export interface MatchIndex {
  readonly entries: ReadonlySet<Entry>;
  add(entry: Entry): void;
  /** Takes out every entry that starts or ends in `node` and returns them. */
  removeNode(node: Node): readonly Entry[];
  /** Takes out these entries, each node's list filtered once. */
  removeAll(gone: ReadonlySet<Entry>): void;
  /** The entry a selector candidate came from, while it is still indexed. */
  entryOf(candidate: Candidate): Entry | undefined;
  /** The text nodes that hold at least one entry, as a copy. */
  nodes(): Node[];
  /** One term's entries, in no particular order. */
  ofTerm(termId: string): Entry[];
  /** The drawn highlight covering a caret position, if any. */
  highlightAt(node: Node, offset: number): PageHighlight | null;
  /** Drawn highlights in document order. */
  highlights(): PageHighlight[];
}

/** What most text nodes hold: asked for every node a rescan covers, so it is not a new array each time. */
const NONE: readonly Entry[] = [];

export function createMatchIndex(): MatchIndex {
  const entries = new Set<Entry>();
  // Maps, not WeakMaps: entries leave them in removeNode(). Under churn in Firefox a weak table's upkeep
  // showed as one 55-73 ms pause per 10 s storm, against 25-34 ms with a Map.
  const byNode = new Map<Node, Entry[]>();
  const byTerm = new Map<string, Set<Entry>>();
  const link = (node: Node, entry: Entry) => {
    const list = byNode.get(node);
    if (list) list.push(entry);
    else byNode.set(node, [entry]);
  };
  // In place: on a page that keeps changing, a new list per removal was much of what a rescan allocated.
  const unlink = (node: Node, entry: Entry) => {
    const list = byNode.get(node);
    const at = list ? list.indexOf(entry) : -1;
    if (at < 0) return;
    if (list!.length === 1) byNode.delete(node);
    else list!.splice(at, 1);
  };
  return {
    entries,
    add(entry) {
      entries.add(entry);
      link(entry.startNode, entry);
      if (entry.endNode !== entry.startNode) link(entry.endNode, entry);
      const termId = entry.termId;
      const ofTerm = byTerm.get(termId);
      if (ofTerm) ofTerm.add(entry);
      else byTerm.set(termId, new Set([entry]));
    },
    removeNode(node) {
      const list = byNode.get(node);
      if (!list) return NONE;
      byNode.delete(node);
      for (const entry of list) {
        entries.delete(entry);
        const termId = entry.termId;
        const ofTerm = byTerm.get(termId);
        if (ofTerm?.delete(entry) && ofTerm.size === 0) byTerm.delete(termId);
        const { startNode, endNode } = entry;
        if (startNode !== endNode) unlink(startNode === node ? endNode : startNode, entry);
      }
      return list;
    },
    removeAll(gone) {
      const touched = new Set<Node>();
      for (const entry of gone) {
        if (!entries.delete(entry)) continue;
        touched.add(entry.startNode).add(entry.endNode);
        const ofTerm = byTerm.get(entry.termId);
        if (ofTerm?.delete(entry) && ofTerm.size === 0) byTerm.delete(entry.termId);
      }
      for (const node of touched) {
        const kept = byNode.get(node)?.filter((entry) => !gone.has(entry)) ?? [];
        if (kept.length > 0) byNode.set(node, kept);
        else byNode.delete(node);
      }
    },
    // The selector hands back the entries it was given (an entry is its own candidate).
    entryOf: (candidate) => (entries.has(candidate as Entry) ? (candidate as Entry) : undefined),
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
      [...entries]
        .filter((e) => e.highlight)
        .sort(compareEntries)
        .map((e) => e.highlight!),
  };
}

function compareEntries(a: Entry, b: Entry): number {
  if (a.startNode === b.startNode) return a.startOffset - b.startOffset;
  return a.startNode.compareDocumentPosition(b.startNode) & 4 /* FOLLOWING */ ? -1 : 1;
}

/** The index as the plan reads it. */
export const planPoolOf = (index: MatchIndex): PlanPool<Entry> => ({
  live: () => index.entries,
  ofTerm: (termId) => index.ofTerm(termId),
  entryOf: (candidate) => index.entryOf(candidate),
  candidateOf: (entry) => entry,
  isDrawn: (entry) => entry.highlight !== null,
  compare: compareEntries,
});
