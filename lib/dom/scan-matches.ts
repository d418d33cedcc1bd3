import type { Category } from '@/lib/guide/vocabulary';
import type { Matcher } from '@/lib/match/matcher';
import type { PageMatch } from './match-index';
import type { BlockIds } from './scan-blocks';
import type { PageText } from './page-text';
import { findNodeIndex, planWindows, readText } from './text-index';
import type { TimeSlicer } from './time-slicer';

/**
 * Characters per matcher call, which cannot be split: small enough for a short slice on a page with
 * one 5 MB text node, or where every line holds a term (Firefox took 4–7 ms for the 240 hits of an
 * 8 K window of such a page).
 */
const WINDOW_CHARS = 1 << 12;
/** Longer than any form, so a term crossing a window edge is seen whole by one window. */
const WINDOW_OVERLAP = 256;

export interface MatchContext {
  matcher: Matcher;
  categoryOf: (termId: string) => Category | undefined;
  blockIds: BlockIds;
  isExcluded: (element: Element) => boolean;
  slicer: TimeSlicer;
}

/** Text directly inside a shadow root has no parent element; its host stands in for it. */
export function elementAround(node: Text): Element | null {
  return node.parentElement ?? (node.parentNode as Partial<ShadowRoot> | null)?.host ?? null;
}

/**
 * The block of the element around a text node, or null where its text is never highlighted (no
 * element, or an excluded one). Remembered for the last node asked: a node's hits come one after
 * another, and each question is a call into the page's DOM, dear from a content script in Firefox.
 */
function createPlaceCheck(
  blockIds: BlockIds,
  isExcluded: (element: Element) => boolean,
): (node: Text) => number | null {
  let lastNode: Text | null = null;
  let lastBlock: number | null = null;
  return (node) => {
    if (node === lastNode) return lastBlock;
    lastNode = node;
    const element = elementAround(node);
    lastBlock = element && !isExcluded(element) ? blockIds.blockOf(element) : null;
    return lastBlock;
  };
}

/**
 * Runs the matcher over the page's text window by window and maps each hit back to its nodes.
 * Hits in excluded places, spanning two blocks, or of a term without a category, are dropped here:
 * the only per-node work is for nodes that matched. Each match is made whole, not yet drawn.
 */
export async function findPageMatches(
  page: PageText,
  { matcher, categoryOf, blockIds, isExcluded, slicer }: MatchContext,
): Promise<PageMatch[]> {
  const found: PageMatch[] = [];
  const { nodes, starts, datas } = page;
  if (nodes.length === 0) return found;
  const blockOf = createPlaceCheck(blockIds, isExcluded);
  for (const window of planWindows(page.length, WINDOW_CHARS, WINDOW_OVERLAP)) {
    if (slicer.due()) await slicer.pause();
    const hits = matcher.findAll(readText(datas, starts, window.readStart, window.readEnd));
    for (let h = 0; h < hits.length; h++) {
      const hit = hits[h]!;
      // Each hit in a new node asks the page's DOM where it sits, dear in Firefox: the clock every 8.
      if ((h & 7) === 7 && slicer.due()) await slicer.pause();
      const start = hit.start + window.readStart;
      if (start < window.keepStart || start >= window.keepEnd) continue;
      const end = hit.end + window.readStart;
      const first = findNodeIndex(starts, start);
      const last = findNodeIndex(starts, end - 1);
      const startNode = nodes[first]!;
      const endNode = nodes[last]!;
      const block = blockOf(startNode);
      if (block === null || (last !== first && blockOf(endNode) !== block)) continue;
      const category = categoryOf(hit.termId);
      if (!category) continue;
      // Every field written here, in one order: spread, they spilled out of the object (a second array each).
      found.push({
        start,
        end,
        termId: hit.termId,
        needsContext: hit.needsContext,
        block,
        startNode,
        startOffset: start - starts[first]!,
        endNode,
        endOffset: Math.min(end - starts[last]!, endNode.length),
        category,
        highlight: null,
      });
    }
  }
  return found;
}
