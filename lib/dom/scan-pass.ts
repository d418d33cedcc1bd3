import type { Category } from '@/lib/guide/vocabulary';
import type { Matcher } from '@/lib/match/matcher';
import type { Selectable } from '@/lib/match/select';
import type { BlockIds } from './scan-blocks';
import { createExclusionCheck } from './scan-exclusions';
import type { MatchIndex, PageMatch } from './match-index';
import type { MatchTally } from './match-tally';
import { collectPageText, SHOW_ELEMENT, SHOW_TEXT } from './page-text';
import { findPageMatches } from './scan-matches';
import { findShadowRoots } from './shadow-roots';
import type { TimeSlicer } from './time-slicer';

/** What the scans of one run share: the matches found so far and what is known of the page. */
export interface ScanState {
  readonly index: MatchIndex;
  /** Matches counted but not drawn, as a tally per node (match-tally.ts). */
  readonly tally: MatchTally;
  readonly blockIds: BlockIds;
  /** Open shadow roots found so far; each is watched and its text scanned once found. */
  readonly shadowRoots: WeakSet<ShadowRoot>;
  hasShadowRoots: boolean;
  /** Watches a newly found shadow root for changes. */
  readonly observe: (root: ShadowRoot) => void;
}

export interface ScanPassInput {
  roots: readonly Node[];
  removed: readonly Node[];
  /** The page took out more than a batch lists: drop whatever indexed text is no longer in the page. */
  sweep: boolean;
  /** A rescan replaces the matches of the text it covers and looks for new shadow roots itself. */
  rescan: boolean;
  matcher: () => Matcher;
  categoryOf: (termId: string) => Category | undefined;
  slicer: TimeSlicer;
}

export interface ScanPassResult {
  /** Matches found by this pass, now indexed. */
  fresh: PageMatch[];
  /** Matches whose text went or was rescanned, no longer indexed (some may still be drawn). */
  dropped: PageMatch[];
  /** Tallied matches whose text went or was rescanned, for the selector to forget. */
  released: Selectable[];
  textNodes: number;
  chars: number;
  matches: number;
  matcherMs: number;
}

/**
 * One pass over some of the page: drops the matches of removed and rescanned text, reads the text
 * under `roots`, matches it and indexes what it finds. Deciding what to draw is the plan's job.
 */
export async function runScanPass(document: Document, state: ScanState, input: ScanPassInput): Promise<ScanPassResult> {
  const { slicer } = input;
  const dropped: Dropped = { matches: [], released: [] };
  // With nothing indexed (every first scan) there is nothing to drop. Sweeping costs one check per
  // indexed node, walking at least one per removed node: take the cheaper.
  const indexed = state.index.matches.size + state.tally.size;
  if (indexed > 0) {
    if (input.sweep || input.removed.length >= indexed) await dropGone(state, slicer, dropped);
    else await dropRemoved(document, state, slicer, input.removed, dropped);
  }
  // Compiling the matcher is one piece of work that cannot be split: give it a task of its own.
  const compileStart = document.defaultView?.performance.now() ?? 0;
  const matcher = input.matcher();
  const matcherMs = (document.defaultView?.performance.now() ?? 0) - compileStart;
  if (slicer.due()) await slicer.pause();
  // A batch of changes is small, so it looks for new shadow roots itself; the first scan leaves
  // the whole page's to an idle pass of its own.
  const shadows = input.rescan ? await findShadowRoots(input.roots, state.shadowRoots, slicer) : [];
  for (const shadow of shadows) state.observe(shadow);
  state.hasShadowRoots ||= shadows.length > 0;
  const page = await collectPageText(document, shadows.length > 0 ? [...input.roots, ...shadows] : input.roots, slicer);
  if (input.rescan)
    for (let i = 0; i < page.nodes.length; i++) {
      if ((i & CHECK_EVERY) === CHECK_EVERY && slicer.due()) await slicer.pause();
      dropNode(state, page.nodes[i]!, dropped);
    }
  const matches = await findPageMatches(page, {
    matcher,
    categoryOf: input.categoryOf,
    blockIds: state.blockIds,
    isExcluded: createExclusionCheck(document),
    slicer,
  });
  const fresh: PageMatch[] = [];
  const connected = createConnectedCheck();
  for (let i = 0; i < matches.length; i++) {
    if ((i & CHECK_EVERY) === CHECK_EVERY && slicer.due()) await slicer.pause();
    const match = matches[i]!;
    // Text the page took out while we matched it: the batch that says so is already waiting.
    if (!connected(match.startNode) || !connected(match.endNode)) continue;
    state.index.add(match);
    state.blockIds.retain(match.block);
    fresh.push(match);
  }
  state.blockIds.settle();
  return {
    fresh,
    dropped: dropped.matches,
    released: dropped.released,
    textNodes: page.nodes.length,
    chars: page.length,
    matches: matches.length,
    matcherMs,
  };
}

/**
 * Clock reads between this many steps (a mask): each step calls into the page's DOM, which from a
 * content script in Firefox costs several microseconds.
 */
const CHECK_EVERY = 31;

/** `node.isConnected`, asked once per run of matches in the same node. */
function createConnectedCheck(): (node: Node) => boolean {
  let last: Node | null = null;
  let lastConnected = false;
  return (node) => {
    if (node !== last) {
      last = node;
      lastConnected = node.isConnected;
    }
    return lastConnected;
  };
}

/** What a pass drops: indexed matches, and tallied matches. */
interface Dropped {
  matches: PageMatch[];
  released: Selectable[];
}

/** Drops the matches of every indexed text node the page took out: one check per node that holds a match. */
async function dropGone(state: ScanState, slicer: TimeSlicer, dropped: Dropped): Promise<void> {
  const nodes = [...state.index.nodes(), ...state.tally.nodes()];
  for (let i = 0; i < nodes.length; i++) {
    if ((i & CHECK_EVERY) === CHECK_EVERY && slicer.due()) await slicer.pause();
    if (!nodes[i]!.isConnected) dropNode(state, nodes[i]!, dropped);
  }
}

/** Runs for every text node a rescan or removal covers; most hold no match, so those cost two lookups. */
function dropNode(state: ScanState, node: Node, dropped: Dropped): void {
  for (const match of state.index.removeNode(node)) {
    state.blockIds.release(match.block);
    dropped.matches.push(match);
  }
  for (const match of state.tally.take(node)) dropped.released.push(match);
}

/**
 * Drops the matches in text the page took out, walking only what was removed. A node put back
 * elsewhere is among the batch's roots and rescanned instead.
 */
async function dropRemoved(
  document: Document,
  state: ScanState,
  slicer: TimeSlicer,
  removed: readonly Node[],
  dropped: Dropped,
): Promise<void> {
  // Text in open shadow roots under a removed host went too; the walk looks for hosts only on
  // pages where shadow roots were found.
  const show = state.hasShadowRoots ? SHOW_TEXT | SHOW_ELEMENT : SHOW_TEXT;
  const queue = removed.filter((node) => !node.isConnected);
  let seen = 0;
  for (let i = 0; i < queue.length; i++) {
    const root = queue[i]!;
    const walker = document.createTreeWalker(root, show);
    for (let node: Node | null = root; node; node = walker.nextNode()) {
      if (node.nodeType === 3) dropNode(state, node, dropped);
      else if ((node as Element).shadowRoot && state.hasShadowRoots) queue.push((node as Element).shadowRoot!);
      // A removed subtree is not live: the page cannot change it under the walker.
      if ((++seen & CHECK_EVERY) === 0 && slicer.due()) await slicer.pause();
    }
  }
}
