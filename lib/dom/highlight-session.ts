import type { Category } from '@/lib/guide/vocabulary';
import { createMatcher, type Matcher } from '@/lib/match/matcher';
import type { TermGlossary } from '@/lib/match/guide-forms';
import { createSelector, DEFAULT_SELECT_OPTIONS, type Candidate, type Selector } from '@/lib/match/select';
import { createBlockIds, type BlockIds } from './scan-blocks';
import { createExclusionCheck } from './scan-exclusions';
import { createHighlighter, type Highlighter, type HighlightStyle } from './highlighter';
import { watchMutations, type MutationBatch, type MutationWatcher } from './mutation-watcher';
import { collectPageText, SHOW_ELEMENT, SHOW_TEXT } from './page-text';
import { compareEntries, createMatchIndex, type Entry, type MatchIndex, type PageHighlight } from './match-index';
import type { PageWindow } from './page-window';
import { findPageMatches } from './scan-matches';
import { findShadowRoots, waitForIdle } from './shadow-roots';
import { createTimeSlicer, createYieldToPage, type TimeSlicer } from './time-slicer';

export type { PageHighlight };

export interface HighlightSession {
  /** Current highlights, in document order. */
  highlights(): readonly PageHighlight[];
  /** The highlight covering a caret position (for the popover's hit-testing), if any. */
  highlightAt(node: Node, offset: number): PageHighlight | null;
  /** Every term found on the page, highlighted or not (for the popup). */
  counts(): ReadonlyMap<string, number>;
  onChange(listener: () => void): () => void;
  /** Applies new settings: off clears everything, a changed category or density rescans, a style redraws. */
  update(options: HighlightOptions): void;
  /** Forgets the page and scans it again (single-page navigation). */
  restart(): void;
  /** Removes every highlight and observer for good. */
  stop(): void;
}

export interface HighlightOptions {
  /** False on a site the person switched off. */
  enabled: boolean;
  categories: readonly Category[];
  density: 'first' | 'all';
  style: HighlightStyle;
}

export interface SessionSetup extends HighlightOptions {
  window: PageWindow;
  /** Called once, when the first scan needs it (never on a site the person switched off). */
  glossary: () => TermGlossary;
  /** 'wrap' forces the fallback renderer (tests and the benchmark). */
  renderer?: 'auto' | 'wrap';
}

/** The part of WXT's ContentScriptContext a session needs: one signal that ends it. */
export interface SessionContext {
  readonly signal: AbortSignal;
}

/** No slice of our work should come near the 50 ms long-task mark; 8 ms leaves the frame to the page. */
const SLICE_MS = 8;
/** Highlights drawn, and candidates selected, between two clock reads. */
const RENDER_CHUNK = 256;
const ACCEPT_CHUNK = 4096;
/** How long the search for shadow roots waits for an idle moment before it runs anyway. */
const SHADOW_ROOTS_WAIT_MS = 1000;

/**
 * One page's highlights from first scan to teardown: scans the page in time slices, draws what the
 * selector accepts, follows the page's changes, and keeps counts for the popup.
 */
export function startHighlightSession(ctx: SessionContext, setup: SessionSetup): HighlightSession {
  const { window } = setup;
  const document = window.document;
  const yieldToPage = createYieldToPage(window);
  const listeners = new Set<() => void>();

  let options: HighlightOptions = setup;
  let glossary: TermGlossary | null = null;
  let matcher: Matcher | null = null;
  let matcherKey = '';
  let run: Run | null = null;
  let stopped = false;

  interface Run {
    controller: AbortController;
    highlighter: Highlighter;
    watcher: MutationWatcher;
    selector: Selector<Candidate>;
    blockIds: BlockIds;
    index: MatchIndex;
    sorted: PageHighlight[] | null;
    pending: MutationBatch | null;
    busy: boolean;
    /** Open shadow roots found so far; each is watched and its text scanned once found. */
    shadowRoots: WeakSet<ShadowRoot>;
    hasShadowRoots: boolean;
  }

  const notify = () => {
    for (const listener of listeners) listener();
  };

  const matcherFor = (categories: readonly Category[]) => {
    const key = [...categories].sort().join(',');
    if (!matcher || key !== matcherKey) {
      // One glossary for the session; a category filter only narrows what it may match.
      const wanted = new Set(categories);
      glossary ??= setup.glossary();
      const accepted = new Set(
        [...glossary.categories].filter(([, category]) => wanted.has(category)).map(([id]) => id),
      );
      matcher = createMatcher(glossary.glossary, (form) => accepted.has(form.termId));
      matcherKey = key;
    }
    return matcher;
  };

  const drawChunk = (r: Run, chunk: Entry[]) => {
    const items: Array<{ entry: Entry; range: AbstractRange }> = [];
    for (const entry of chunk) {
      const { startNode, startOffset, endNode, endOffset } = entry.match;
      try {
        items.push({ entry, range: r.highlighter.createRange(startNode, startOffset, endNode, endOffset) });
      } catch {
        // The text changed under a match we had not drawn yet; its rescan is already queued.
      }
    }
    const drawn = r.highlighter.add(items.map(({ entry, range }) => ({ range, category: entry.category })));
    items.forEach(({ entry }, i) => {
      const range = drawn[i]!;
      if (range.startContainer !== entry.match.startNode || range.endContainer !== entry.match.endNode) {
        // The wrapping renderer moved the text into its own element: follow it there.
        r.index.remove(entry);
        const moved = {
          startNode: range.startContainer as Text,
          startOffset: range.startOffset,
          endNode: range.endContainer as Text,
          endOffset: range.endOffset,
        };
        entry.match = { ...entry.match, ...moved };
        r.index.add(entry);
      }
      entry.highlight = { termId: entry.match.candidate.termId, range };
    });
  };

  /**
   * Erases, then draws in chunks between which the page gets its turn. Chunks go last to first:
   * the wrapping renderer splits text nodes, and matches earlier in a node must keep their offsets.
   */
  const render = async (r: Run, slicer: TimeSlicer, draw: Entry[], erase: Entry[]) => {
    if (draw.length === 0 && erase.length === 0) return;
    r.sorted = null;
    r.watcher.ignore(() =>
      r.highlighter.remove(erase.map((e) => ({ range: e.highlight!.range, category: e.category }))),
    );
    for (const entry of erase) entry.highlight = null;
    for (let end = draw.length; end > 0; end -= RENDER_CHUNK) {
      if (slicer.due()) await slicer.pause();
      r.watcher.ignore(() => drawChunk(r, draw.slice(Math.max(0, end - RENDER_CHUNK), end)));
    }
  };

  /**
   * Selects among new matches only (cheap), or among all live ones when dropped matches may have
   * changed whether the page is about the subject. The selector may also return needs-context
   * candidates it held from earlier scans; those whose text has gone since are skipped.
   */
  const select = async (r: Run, slicer: TimeSlicer, fresh: Entry[], reselect: boolean) => {
    const pool = reselect ? [...r.index.entries] : fresh;
    if (reselect) r.selector.reset();
    const accepted = new Set<Entry>();
    // In chunks, so a page with a hundred thousand matches still yields: candidates the selector
    // holds back in one chunk come back from a later one once the page qualifies.
    for (let i = 0; i < pool.length; i += ACCEPT_CHUNK) {
      if (slicer.due()) await slicer.pause();
      for (const candidate of r.selector.accept(pool.slice(i, i + ACCEPT_CHUNK).map((e) => e.match.candidate))) {
        const entry = r.index.entryOf(candidate);
        if (entry) accepted.add(entry);
      }
    }
    const draw = [...accepted].filter((e) => !e.highlight);
    const erase = reselect ? pool.filter((e) => !accepted.has(e) && e.highlight) : [];
    return { draw, erase };
  };

  /**
   * After highlighted occurrences of `terms` went, density "first" moves their highlights to the
   * next occurrences: only those terms' matches are ranked again, not the page's.
   */
  const rerank = (r: Run, terms: Iterable<string>, draw: Entry[], erase: Entry[]) => {
    const drawing = new Set(draw);
    for (const termId of terms) {
      const entries = r.index.ofTerm(termId);
      const inDocument = (a: Candidate, b: Candidate) => compareEntries(r.index.entryOf(a)!, r.index.entryOf(b)!);
      const keep = new Set(
        r.selector.rank(
          entries.map((e) => e.match.candidate),
          inDocument,
        ),
      );
      for (const entry of entries) {
        const kept = keep.has(entry.match.candidate);
        if (kept && !entry.highlight && !drawing.has(entry)) drawing.add(entry);
        if (!kept) {
          drawing.delete(entry);
          if (entry.highlight) erase.push(entry);
        }
      }
    }
    return [...drawing];
  };

  /** Runs for every text node a rescan or removal covers; most hold no match, so those cost one lookup. */
  const dropNode = (r: Run, node: Text, dropped: Entry[]) => {
    const onNode = r.index.onNode(node);
    if (onNode.length === 0) return;
    for (const entry of [...onNode]) {
      r.index.remove(entry);
      dropped.push(entry);
    }
  };

  /**
   * Drops the matches in text the page took out, walking only what was removed. A node put back
   * elsewhere is among the batch's roots and rescanned instead.
   */
  const dropRemoved = async (r: Run, slicer: TimeSlicer, removed: readonly Node[], dropped: Entry[]) => {
    // Text in open shadow roots under a removed host went too; the walk looks for hosts only on
    // pages where shadow roots were found.
    const show = r.hasShadowRoots ? SHOW_TEXT | SHOW_ELEMENT : SHOW_TEXT;
    const queue = removed.filter((node) => !node.isConnected);
    let seen = 0;
    for (let i = 0; i < queue.length; i++) {
      const root = queue[i]!;
      const walker = document.createTreeWalker(root, show);
      for (let node: Node | null = root; node; node = walker.nextNode()) {
        if (node.nodeType === 3) dropNode(r, node as Text, dropped);
        else if ((node as Element).shadowRoot && r.hasShadowRoots) queue.push((node as Element).shadowRoot!);
        // A removed subtree is not live: the page cannot change it under the walker.
        if ((++seen & 255) === 0 && slicer.due()) await slicer.pause();
      }
    }
  };

  const scan = async (r: Run, roots: Node[], removed: readonly Node[], name: 'scan' | 'rescan') => {
    const start = window.performance.now();
    const slicer = createTimeSlicer({
      budgetMs: SLICE_MS,
      now: () => window.performance.now(),
      yieldToPage,
      signal: r.controller.signal,
    });
    const dropped: Entry[] = [];
    await dropRemoved(r, slicer, removed, dropped);
    // Compiling the matcher is one piece of work that cannot be split: give it a task of its own.
    const compileStart = window.performance.now();
    const matcher = matcherFor(options.categories);
    const matcherMs = window.performance.now() - compileStart;
    if (slicer.due()) await slicer.pause();
    // A batch of changes is small, so it looks for new shadow roots itself; the first scan leaves
    // the whole page's to an idle pass of its own (scanShadowRoots).
    const shadows = name === 'rescan' ? await findShadowRoots(roots, r.shadowRoots, slicer) : [];
    for (const shadow of shadows) r.watcher.observe(shadow);
    r.hasShadowRoots ||= shadows.length > 0;
    const page = await collectPageText(document, shadows.length > 0 ? [...roots, ...shadows] : roots, slicer);
    if (name === 'rescan') for (const node of page.nodes) dropNode(r, node, dropped);
    const matches = await findPageMatches(page, {
      matcher,
      blockIds: r.blockIds,
      isExcluded: createExclusionCheck(document),
      slicer,
    });
    const fresh: Entry[] = [];
    for (let i = 0; i < matches.length; i++) {
      if ((i & 1023) === 1023 && slicer.due()) await slicer.pause();
      const match = matches[i]!;
      const category = glossary?.categories.get(match.candidate.termId);
      if (!category) continue;
      const entry: Entry = { match, category, highlight: null };
      r.index.add(entry);
      fresh.push(entry);
    }
    const forgotten = dropped.length > 0 ? r.selector.forget(dropped.map((e) => e.match.candidate)) : null;
    const selected = await select(r, slicer, fresh, forgotten?.reselectAll ?? false);
    const erase = [...selected.erase, ...dropped.filter((e) => e.highlight)];
    const draw = forgotten && !forgotten.reselectAll ? rerank(r, forgotten.terms, selected.draw, erase) : selected.draw;
    await render(r, slicer, draw, erase);
    const busyMs = slicer.finish();
    window.performance.measure(`relief-lens:${name}`, {
      start,
      end: window.performance.now(),
      detail: {
        textNodes: page.nodes.length,
        chars: page.length,
        matches: matches.length,
        busyMs,
        longestSliceMs: slicer.longestSliceMs,
        matcherMs,
      },
    });
    notify();
  };

  /** Adds changes to the waiting batch and starts draining, unless a scan is running. */
  const enqueue = (r: Run, batch: MutationBatch) => {
    r.pending = r.pending
      ? { roots: [...r.pending.roots, ...batch.roots], removed: [...r.pending.removed, ...batch.removed] }
      : batch;
    void drain(r);
  };

  /**
   * After the first scan, once the page is idle: finds the open shadow roots already in the page,
   * watches them, and scans their text as a batch of changes. Finding them means visiting every
   * element, which the first scan's text walk no longer does (see shadow-roots.ts).
   */
  const scanShadowRoots = async (r: Run, roots: Node[]) => {
    await waitForIdle(window, SHADOW_ROOTS_WAIT_MS);
    if (r.controller.signal.aborted) return;
    const start = window.performance.now();
    const slicer = createTimeSlicer({
      budgetMs: SLICE_MS,
      now: () => window.performance.now(),
      yieldToPage,
      signal: r.controller.signal,
    });
    const found = await findShadowRoots(roots, r.shadowRoots, slicer);
    const busyMs = slicer.finish();
    window.performance.measure('relief-lens:shadow-roots', {
      start,
      end: window.performance.now(),
      detail: { shadowRoots: found.length, busyMs, longestSliceMs: slicer.longestSliceMs },
    });
    for (const shadow of found) r.watcher.observe(shadow);
    r.hasShadowRoots ||= found.length > 0;
    if (found.length > 0) enqueue(r, { roots: found, removed: [] });
  };

  /** Runs scans one at a time; changes that arrive meanwhile wait and merge into one batch. */
  const drain = async (r: Run) => {
    if (r.busy) return;
    r.busy = true;
    try {
      while (r.pending && run === r) {
        const { roots, removed } = r.pending;
        r.pending = null;
        await scan(
          r,
          roots.filter((root) => isInScope(document, root)),
          removed,
          'rescan',
        );
      }
    } catch (error) {
      if (!r.controller.signal.aborted) throw error;
    } finally {
      r.busy = false;
    }
  };

  const begin = () => {
    const controller = new AbortController();
    const r: Run = {
      controller,
      highlighter: createHighlighter(window, options.style, setup.renderer),
      watcher: watchMutations(window, (batch) => enqueue(r, batch)),
      selector: createSelector({ ...DEFAULT_SELECT_OPTIONS, density: options.density }),
      blockIds: createBlockIds(),
      index: createMatchIndex(),
      sorted: null,
      pending: null,
      busy: true,
      shadowRoots: new WeakSet(),
      hasShadowRoots: false,
    };
    run = r;
    r.watcher.observe(document);
    const root = document.body ?? document.documentElement;
    const roots = root ? [root] : [];
    // The first scan starts on a task of its own: the one that started the session has already spent
    // its share (loading settings, and compiling this script's code as it first runs).
    void yieldToPage()
      .then(() => {
        controller.signal.throwIfAborted();
        return scan(r, roots, [], 'scan');
      })
      .finally(() => {
        r.busy = false;
        void drain(r);
      })
      .then(() => scanShadowRoots(r, roots))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) throw error;
      });
  };

  const halt = () => {
    if (!run) return;
    const r = run;
    run = null;
    r.controller.abort();
    r.watcher.disconnect();
    r.highlighter.clear();
    notify();
  };

  ctx.signal.addEventListener('abort', halt, { once: true });
  if (options.enabled && !ctx.signal.aborted) begin();

  return {
    highlights() {
      if (!run) return [];
      run.sorted ??= run.index.highlights();
      return run.sorted;
    },
    highlightAt: (node, offset) => run?.index.highlightAt(node, offset) ?? null,
    counts: () => run?.selector.counts() ?? new Map(),
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    update(next) {
      const previous = options;
      options = next;
      if (ctx.signal.aborted || stopped) return;
      if (!next.enabled) return halt();
      const rescan =
        !run ||
        previous.density !== next.density ||
        [...previous.categories].sort().join() !== [...next.categories].sort().join();
      if (rescan) {
        halt();
        begin();
      } else if (previous.style !== next.style) run!.highlighter.setStyle(next.style);
    },
    restart() {
      if (!run || ctx.signal.aborted || stopped) return;
      halt();
      begin();
    },
    stop() {
      stopped = true;
      halt();
      listeners.clear();
    },
  };
}

/** Our own scan covers the body and open shadow roots; changes in the head (a title, a style) are not text we show. */
function isInScope(document: Document, node: Node): boolean {
  if (node.getRootNode() !== document) return node.isConnected;
  return document.body?.contains(node) ?? false;
}
