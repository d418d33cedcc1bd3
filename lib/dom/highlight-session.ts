import type { Category } from '@/lib/guide/vocabulary';
import { createCategoryMatcher } from '@/lib/match/category-matcher';
import type { TermGlossary } from '@/lib/match/guide-forms';
import { createSelector, DEFAULT_SELECT_OPTIONS, type Candidate, type Selector } from '@/lib/match/select';
import { createBlockIds } from './scan-blocks';
import { createHighlighter, type Highlighter, type HighlightStyle } from './highlighter';
import { planHighlights } from './highlight-plan';
import { mergeBatches, watchMutations, type MutationBatch, type MutationWatcher } from './mutation-watcher';
import { createMatchIndex, planPoolOf, type MatchIndex, type PageHighlight } from './match-index';
import type { PageWindow } from './page-window';
import { renderPlan } from './render-queue';
import { runScanPass, type ScanState } from './scan-pass';
import { createScanRecorder } from './scan-record';
import { inScope, scopeRoots } from './scan-scope';
import { findPageShadowRoots, waitForIdle } from './shadow-roots';
import { createTimeSlicer, createYieldToPage, type TimeSlicer } from './time-slicer';

export type { PageHighlight };

export interface HighlightSession {
  /** Current highlights, in document order. */
  highlights(): readonly PageHighlight[];
  /** The highlight covering a caret position (for the card's hit-testing), if any. */
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
}

/**
 * The part of WXT's ContentScriptContext a session needs: one signal that ends it, and `isInvalid`,
 * which WXT computes from the extension's runtime: an orphaned script (the extension reloaded or
 * disabled) sees it true before the signal fires, and must not draw another slice.
 */
export interface SessionContext {
  readonly signal: AbortSignal;
  readonly isInvalid?: boolean;
}

/** No slice of our work should come near the 50 ms long-task mark; 8 ms leaves the frame to the page. */
const SLICE_MS = 8;
/** How long the search for shadow roots waits for an idle moment before it runs anyway. */
const SHADOW_ROOTS_WAIT_MS = 1000;

/** One run: from a (re)start to the next halt. Its scans run one at a time through `drain`. */
interface Run extends ScanState {
  readonly controller: AbortController;
  readonly highlighter: Highlighter;
  readonly watcher: MutationWatcher;
  readonly selector: Selector<Candidate>;
  readonly index: MatchIndex;
  sorted: PageHighlight[] | null;
  pending: MutationBatch | null;
  busy: boolean;
  /** The watcher's longest callback since the last measure: our work too, though no slicer's. */
  watcherMs: number;
}

/**
 * One page's highlights from first scan to teardown: scans in time slices (scan-pass.ts), decides
 * what to draw (highlight-plan.ts), draws it (render-queue.ts), follows the page's changes, and keeps
 * counts for the popup.
 */
export function startHighlightSession(ctx: SessionContext, setup: SessionSetup): HighlightSession {
  const { window } = setup;
  const document = window.document;
  const pageYield = createYieldToPage(window);
  // Reading `isInvalid` lets WXT notice an orphaned script at once and fire the signal that halts us.
  const yieldToPage = () => pageYield().then(() => void ctx.isInvalid);
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };

  let options: HighlightOptions = setup;
  let run: Run | null = null;
  let stopped = false;
  const matchers = createCategoryMatcher(setup.glossary);

  const slicerFor = (r: Run): TimeSlicer =>
    createTimeSlicer({
      budgetMs: SLICE_MS,
      now: () => window.performance.now(),
      yieldToPage,
      signal: r.controller.signal,
    });

  const record = createScanRecorder(window);

  /** True once the run was halted or the script orphaned (reading `isInvalid` halts it). */
  const ended = (r: Run) => ctx.isInvalid === true || r.controller.signal.aborted;

  /** The first scan (no batch: the whole page) or a rescan of a batch of changes. */
  const scan = async (r: Run, batch: MutationBatch | null) => {
    if (ended(r)) return;
    const start = window.performance.now();
    const slicer = slicerFor(r);
    const pass = await runScanPass(document, r, {
      roots: batch ? inScope(document, batch.roots) : scopeRoots(document),
      removed: batch?.removed ?? [],
      sweep: batch?.sweep ?? false,
      rescan: batch !== null,
      matcher: () => matchers.matcherFor(options.categories),
      categoryOf: matchers.categoryOf,
      slicer,
    });
    if (ended(r)) return;
    // Nothing found and nothing gone leaves the screen as it is: the first scan of most pages.
    if (pass.fresh.length > 0 || pass.dropped.length > 0) {
      const planning = planHighlights(r.selector, planPoolOf(r.index), pass.fresh, pass.dropped);
      let step = planning.next();
      while (!step.done) {
        if (slicer.due()) await slicer.pause();
        step = planning.next();
      }
      if (ended(r)) return;
      if (step.value.draw.length > 0 || step.value.erase.length > 0) r.sorted = null;
      await renderPlan(r.highlighter, slicer, step.value.draw, step.value.erase);
    }
    const busyMs = slicer.finish();
    const { textNodes, chars, matches, matcherMs } = pass;
    const observerMs = r.watcherMs;
    r.watcherMs = 0;
    // The longest slice counts the watcher's callbacks too: each is a task we gave the page.
    const longestSliceMs = Math.max(slicer.longestSliceMs, observerMs);
    record(batch ? 'rescan' : 'scan', start, {
      textNodes,
      chars,
      matches,
      busyMs,
      longestSliceMs,
      observerMs,
      matcherMs,
    });
    notify();
  };

  /** Adds changes to the waiting batch and starts draining, unless a scan is running. */
  const enqueue = (r: Run, batch: MutationBatch) => {
    r.pending = r.pending ? mergeBatches(r.pending, batch) : batch;
    void drain(r);
  };

  /**
   * After the first scan, once the page is idle: finds the open shadow roots already in the page,
   * watches them, and scans their text as a batch of changes. The first scan's text walk does not
   * enter them (see shadow-roots.ts).
   */
  const scanShadowRoots = async (r: Run) => {
    await waitForIdle(window, SHADOW_ROOTS_WAIT_MS);
    if (r.controller.signal.aborted) return;
    const start = window.performance.now();
    const slicer = slicerFor(r);
    const found = await findPageShadowRoots(document, r.shadowRoots, slicer);
    const busyMs = slicer.finish();
    record('shadow-roots', start, { shadowRoots: found.length, busyMs, longestSliceMs: slicer.longestSliceMs });
    for (const shadow of found) r.observe(shadow);
    r.hasShadowRoots ||= found.length > 0;
    if (found.length > 0) enqueue(r, { roots: found, removed: [], sweep: false });
  };

  /**
   * Runs scans one at a time, each from a task of its own (so its first slice is all it adds to a
   * task); changes that arrive meanwhile wait and merge into one batch.
   */
  const drain = async (r: Run) => {
    if (r.busy) return;
    r.busy = true;
    try {
      while (r.pending && run === r) {
        await yieldToPage();
        const batch = r.pending;
        r.pending = null;
        if (batch) await scan(r, batch);
      }
    } catch (error) {
      if (!r.controller.signal.aborted) throw error;
    } finally {
      r.busy = false;
    }
  };

  const begin = () => {
    const controller = new AbortController();
    const watcher = watchMutations(window, (batch) => enqueue(r, batch), {
      onTask: (ms) => (r.watcherMs = Math.max(r.watcherMs, ms)),
    });
    const r: Run = {
      controller,
      highlighter: createHighlighter(window, options.style),
      watcher,
      observe: (root) => watcher.observe(root),
      selector: createSelector({ ...DEFAULT_SELECT_OPTIONS, density: options.density }),
      blockIds: createBlockIds(),
      index: createMatchIndex(),
      shadowRoots: new WeakSet(),
      hasShadowRoots: false,
      sorted: null,
      pending: null,
      busy: true,
      watcherMs: 0,
    };
    run = r;
    watcher.observe(document);
    // The first scan starts on a task of its own: the one that started the session has already spent
    // its share (loading settings, and compiling this script's code as it first runs).
    void yieldToPage()
      .then(() => {
        controller.signal.throwIfAborted();
        return scan(r, null);
      })
      .finally(() => {
        r.busy = false;
        void drain(r);
      })
      .then(() => scanShadowRoots(r))
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

  const end = () => {
    stopped = true;
    // Listeners are gone first: once the extension is gone, telling them would make them call it.
    listeners.clear();
    halt();
  };
  ctx.signal.addEventListener('abort', end, { once: true });
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
    stop: end,
  };
}
