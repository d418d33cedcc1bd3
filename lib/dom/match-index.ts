import type { Category } from '@/lib/guide/schema';
import type { Candidate } from '@/lib/match/select';
import type { PlanPool } from './highlight-plan';
import type { PageMatch } from './scan-matches';

export interface PageHighlight {
  termId: string;
  range: AbstractRange;
}

/** A match the session knows about: drawn (with its highlight) or held back by the selector. */
export interface Entry {
  match: PageMatch;
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

export function createMatchIndex(): MatchIndex {
  const entries = new Set<Entry>();
  // A Map, not a WeakMap: entries leave it in removeNode(). Under churn in Firefox the weak table's upkeep
  // showed as one 55-73 ms pause per 10 s storm, against 25-34 ms with a Map.
  const byCandidate = new Map<Candidate, Entry>();
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
      byCandidate.set(entry.match.candidate, entry);
      link(entry.match.startNode, entry);
      if (entry.match.endNode !== entry.match.startNode) link(entry.match.endNode, entry);
      const termId = entry.match.candidate.termId;
      const ofTerm = byTerm.get(termId);
      if (ofTerm) ofTerm.add(entry);
      else byTerm.set(termId, new Set([entry]));
    },
    removeNode(node) {
      const list = byNode.get(node);
      if (!list) return [];
      byNode.delete(node);
      for (const entry of list) {
        entries.delete(entry);
        byCandidate.delete(entry.match.candidate);
        const termId = entry.match.candidate.termId;
        const ofTerm = byTerm.get(termId);
        if (ofTerm?.delete(entry) && ofTerm.size === 0) byTerm.delete(termId);
        const { startNode, endNode } = entry.match;
        if (startNode !== endNode) unlink(startNode === node ? endNode : startNode, entry);
      }
      return list;
    },
    entryOf(candidate) {
      const entry = byCandidate.get(candidate);
      return entry && entries.has(entry) ? entry : undefined;
    },
    nodes: () => [...byNode.keys()],
    ofTerm: (termId) => [...(byTerm.get(termId) ?? [])],
    highlightAt(node, offset) {
      const hit = byNode
        .get(node)
        ?.find(
          (e) =>
            e.highlight &&
            (node !== e.match.startNode || offset >= e.match.startOffset) &&
            (node !== e.match.endNode || offset < e.match.endOffset),
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

export function compareEntries(a: Entry, b: Entry): number {
  if (a.match.startNode === b.match.startNode) return a.match.startOffset - b.match.startOffset;
  return a.match.startNode.compareDocumentPosition(b.match.startNode) & 4 /* FOLLOWING */ ? -1 : 1;
}

/** The index as the plan reads it. */
export const planPoolOf = (index: MatchIndex): PlanPool<Entry> => ({
  live: () => index.entries,
  ofTerm: (termId) => index.ofTerm(termId),
  entryOf: (candidate) => index.entryOf(candidate),
  candidateOf: (entry) => entry.match.candidate,
  isDrawn: (entry) => entry.highlight !== null,
  compare: compareEntries,
});
