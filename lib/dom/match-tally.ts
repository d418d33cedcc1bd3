import type { Selectable, Selector } from '@/lib/match/select';
import type { MatchIndex, PageMatch } from './match-index';
import type { BlockIds } from './scan-blocks';
import type { TimeSlicer } from './time-slicer';

/**
 * Matches that are counted but not drawn (density "first", past a term's first occurrences), kept as
 * a tally per text node instead of as objects. A page with 50,000 occurrences kept an object, a place
 * in four sets and its nodes for each, over 7 MB, to draw a few dozen; a tally keeps one number a
 * match, which is what the popup's counts and the next occurrence's redraw need: the term, the block
 * and whether its form needs context (the selector's gating). The node itself is rescanned when its
 * occurrences are wanted again.
 */
export interface MatchTally {
  /** How many nodes hold a tally. */
  readonly size: number;
  /** Adds a node's matches, in one array of exactly their size. */
  add(node: Node, matches: readonly Selectable[]): void;
  /** Takes out the node's tally, as what the selector reads of each match, so it can forget them. */
  take(node: Node): Selectable[];
  nodes(): Node[];
  /** The first nodes, in the order tallied, whose tally holds `wanted` matches of `termId` between them. */
  nodesOf(termId: string, wanted: number): Node[];
}

/**
 * Room for this many terms in a packed match (the guide has a few dozen). A match packs as
 * `(block * TERM_ROOM + term) * 2 + needsContext`: a small integer, stored in the array itself, until
 * block ids pass 2^30 / TERM_ROOM / 2, and exact as a double well beyond any page's life.
 */
const TERM_ROOM = 4096;

export function createMatchTally(): MatchTally {
  // A Map, each node taken out with its matches: a weak table keyed by page nodes is dear to
  // Firefox's collector (scan-blocks.ts).
  const byNode = new Map<Node, number[]>();
  const terms: string[] = [];
  const termIndex = new Map<string, number>();
  const indexOf = (termId: string) => {
    let index = termIndex.get(termId);
    if (index === undefined) {
      if (terms.length >= TERM_ROOM) throw new Error('More terms than a tally packs');
      index = terms.push(termId) - 1;
      termIndex.set(termId, index);
    }
    return index;
  };
  const termOf = (packed: number) => terms[Math.floor(packed / 2) % TERM_ROOM]!;
  return {
    get size() {
      return byNode.size;
    },
    add(node, matches) {
      const packed = matches.map(
        ({ termId, block, needsContext }) => (block * TERM_ROOM + indexOf(termId)) * 2 + (needsContext ? 1 : 0),
      );
      const before = byNode.get(node);
      byNode.set(node, before ? before.concat(packed) : packed);
    },
    take(node) {
      const tallied = byNode.get(node);
      if (!tallied) return [];
      byNode.delete(node);
      return tallied.map((packed) => ({
        termId: termOf(packed),
        block: Math.floor(packed / 2 / TERM_ROOM),
        needsContext: packed % 2 === 1,
      }));
    },
    nodes: () => [...byNode.keys()],
    nodesOf(termId, wanted) {
      const index = termIndex.get(termId);
      const nodes: Node[] = [];
      let found = 0;
      for (const [node, tallied] of byNode) {
        if (found >= wanted || index === undefined) break;
        let here = 0;
        for (const packed of tallied) if (Math.floor(packed / 2) % TERM_ROOM === index) here += 1;
        if (here === 0 || !node.isConnected) continue;
        nodes.push(node);
        found += here;
      }
      return nodes;
    },
  };
}

/** Matches moved to the tally between two clock reads. */
const TALLY_CHUNK = 1024;

/**
 * After a scan is drawn: moves the matches among `seen` that the selector counts but does not show
 * into the tally, in chunks between which the page gets its turn. A match across two text nodes
 * stays indexed (rare, and a tally has one node).
 */
export async function tallySpares(
  state: { readonly index: MatchIndex; readonly tally: MatchTally; readonly blockIds: BlockIds },
  selector: Selector<PageMatch>,
  seen: readonly PageMatch[],
  slicer: TimeSlicer,
): Promise<void> {
  for (let start = 0; start < seen.length; start += TALLY_CHUNK) {
    if (start > 0 && slicer.due()) await slicer.pause();
    tallyChunk(state, selector, seen.slice(start, start + TALLY_CHUNK));
  }
}

function tallyChunk(
  { index, tally, blockIds }: { readonly index: MatchIndex; readonly tally: MatchTally; readonly blockIds: BlockIds },
  selector: Selector<PageMatch>,
  seen: readonly PageMatch[],
): void {
  const spare = new Set<PageMatch>();
  const byNode = new Map<Node, PageMatch[]>();
  for (const match of seen) {
    if (match.highlight || match.startNode !== match.endNode) continue;
    if (!index.matches.has(match) || !selector.isSpare(match)) continue;
    spare.add(match);
    const list = byNode.get(match.startNode);
    if (list) list.push(match);
    else byNode.set(match.startNode, [match]);
  }
  if (spare.size === 0) return;
  selector.release(spare);
  index.removeAll(spare);
  for (const [node, matches] of byNode) tally.add(node, matches);
  // A tallied match lets its block go: block ids are never reused, so the selector's gating still
  // reads its id right, and a page of 5,000 paragraphs keeps no record of each.
  for (const match of spare) blockIds.release(match.block);
}

/**
 * The tallied nodes to scan again so that terms which lost a drawn occurrence show their next ones:
 * enough nodes for each such term, not every node that holds it.
 */
export function nodesToRefill(
  tally: MatchTally,
  selector: Selector<PageMatch>,
  lost: Iterable<string>,
  perTerm: number,
): Node[] {
  const nodes = new Set<Node>();
  for (const termId of new Set(lost)) {
    if (tally.size === 0) break;
    if (selector.wantsMore(termId)) for (const node of tally.nodesOf(termId, perTerm)) nodes.add(node);
  }
  return [...nodes];
}

/** Forgets the whole tally (the selector started over) and returns its nodes still in the page, to scan again. */
export function untallyAll(tally: MatchTally): Node[] {
  const nodes = tally.nodes();
  for (const node of nodes) tally.take(node);
  return nodes.filter((node) => node.isConnected);
}
