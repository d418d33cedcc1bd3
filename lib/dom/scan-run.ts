import type { Category } from '@/lib/guide/vocabulary';
import type { Matcher } from '@/lib/match/matcher';
import { createSelector, DEFAULT_SELECT_OPTIONS, type Selector } from '@/lib/match/select';
import { createBlockIds } from './scan-blocks';
import { createHighlighter, type HighlightStyle, type RenderItem } from './highlighter';
import { planHighlights } from './highlight-plan';
import { mergeBatches, watchMutations, type MutationBatch, type MutationWatcher } from './mutation-watcher';
import { createMatchIndex, planPoolOf, type MatchIndex, type PageHighlight, type PageMatch } from './match-index';
import { createMatchTally, nodesToRefill, tallySpares, untallyAll } from './match-tally';
import type { PageWindow } from './page-window';
import { renderPlan } from './render-queue';
import { runScanPass, type ScanState } from './scan-pass';
import type { ScanKind } from './scan-record';
import { inScope, scopeRoots } from './scan-scope';
import { findPageShadowRoots, waitForIdle } from './shadow-roots';
import { createTimeSlicer, type TimeSlicer } from './time-slicer';

/** No slice of our work should come near the 50 ms long-task mark; 8 ms leaves the frame to the page. */
const SLICE_MS = 8;
/** How long the search for shadow roots waits for an idle moment before it runs anyway. */
const SHADOW_ROOTS_WAIT_MS = 1000;

export interface ScanRunSetup {
  window: PageWindow;
  density: 'first' | 'all';
  style: HighlightStyle;
  /** The matcher for the categories chosen now, asked at the start of each scan. */
  matcher: () => Matcher;
  categoryOf: (termId: string) => Category | undefined;
  yieldToPage: () => Promise<void>;
  /** True once the script is orphaned: no further slice may be drawn. */
  isInvalid: () => boolean;
  record: (kind: ScanKind, start: number, figures: object) => void;
  /** After each scan, once what it found is drawn. */
  onScanned: () => void;
  /** When the run draws its first highlight. */
  onFirstDraw: () => void;
}

/** One run of a session: from a (re)start to `halt`. */
export interface ScanRun {
  readonly index: MatchIndex;
  readonly selector: Selector<PageMatch>;
  /** Current highlights, in document order. */
  highlights(): readonly PageHighlight[];
  setStyle(style: HighlightStyle): void;
  /** Draws again what the page took out of the highlight registry, if it took anything. */
  restore(): void;
  /** Stops scanning and watching, and erases what the run drew. */
  halt(): void;
}

/**
 * Scans the page, then follows its changes: the first scan on a task of its own, then each batch of
 * changes, one scan at a time, in time slices (scan-pass.ts); decides what to draw
 * (highlight-plan.ts) and draws it (render-queue.ts).
 */
export function startScanRun(setup: ScanRunSetup): ScanRun {
  const { window, yieldToPage, record } = setup;
  const document = window.document;
  const controller = new AbortController();
  let sorted: PageHighlight[] | null = null;
  let pending: MutationBatch | null = null;
  let busy = true;
  /** The watcher's longest callback since the last measure: our work too, though no slicer's. */
  let watcherMs = 0;

  /** Changes wait in one batch while a scan runs. */
  const enqueue = (batch: MutationBatch) => {
    pending = pending ? mergeBatches(pending, batch) : batch;
    void drain();
  };
  const watcher: MutationWatcher = watchMutations(window, enqueue, {
    onTask: (ms) => (watcherMs = Math.max(watcherMs, ms)),
  });
  const highlighter = createHighlighter(window, setup.style, setup.onFirstDraw);
  const selector = createSelector<PageMatch>({ ...DEFAULT_SELECT_OPTIONS, density: setup.density });
  const state: ScanState = {
    index: createMatchIndex(),
    tally: createMatchTally(),
    blockIds: createBlockIds(),
    shadowRoots: new WeakSet(),
    hasShadowRoots: false,
    observe: (root) => watcher.observe(root),
  };

  const slicer = (): TimeSlicer =>
    createTimeSlicer({
      budgetMs: SLICE_MS,
      now: () => window.performance.now(),
      yieldToPage,
      signal: controller.signal,
    });

  /** True once the run was halted or the script orphaned. */
  const ended = () => setup.isInvalid() || controller.signal.aborted;

  const restore = () => {
    if (ended() || highlighter.intact()) return;
    const drawn: RenderItem[] = [];
    for (const match of state.index.matches) {
      if (match.highlight) drawn.push({ range: match.highlight.range, category: match.category });
    }
    highlighter.redraw(drawn);
  };

  /** The first scan (no batch: the whole page) or a rescan of a batch of changes. */
  const scan = async (batch: MutationBatch | null) => {
    if (ended()) return;
    restore();
    const start = window.performance.now();
    const slices = slicer();
    const pass = await runScanPass(document, state, {
      roots: batch ? inScope(document, batch.roots) : scopeRoots(document),
      removed: batch?.removed ?? [],
      sweep: batch?.sweep ?? false,
      rescan: batch !== null,
      matcher: setup.matcher,
      categoryOf: setup.categoryOf,
      slicer: slices,
    });
    if (ended()) return;
    // Nothing found and nothing gone leaves the screen as it is: the first scan of most pages.
    if (pass.fresh.length > 0 || pass.dropped.length > 0 || pass.released.length > 0) {
      const planning = planHighlights(selector, planPoolOf(state.index), pass.fresh, pass.dropped, pass.released);
      let step = planning.next();
      while (!step.done) {
        if (slices.due()) await slices.pause();
        step = planning.next();
      }
      if (ended()) return;
      const plan = step.value;
      if (plan.draw.length > 0 || plan.erase.length > 0) sorted = null;
      await renderPlan(highlighter, slices, plan.draw, plan.erase);
      // Memory follows what is drawn: what only counts goes to the tally, and comes back by a rescan.
      const again = plan.reselected
        ? untallyAll(state.tally)
        : nodesToRefill(state.tally, selector, termsOf(pass.dropped), DEFAULT_SELECT_OPTIONS.perTerm);
      const seen = plan.reselected ? [...state.index.matches] : [...pass.fresh, ...plan.erase];
      await tallySpares(state, selector, seen, slices);
      if (ended()) return;
      if (again.length > 0) enqueue({ roots: again, removed: [], sweep: false });
    }
    const busyMs = slices.finish();
    const { textNodes, chars, matches, matcherMs } = pass;
    const observerMs = watcherMs;
    watcherMs = 0;
    // The longest slice counts the watcher's callbacks too: each is a task we gave the page.
    const longestSliceMs = Math.max(slices.longestSliceMs, observerMs);
    record(batch ? 'rescan' : 'scan', start, {
      textNodes,
      chars,
      matches,
      busyMs,
      longestSliceMs,
      observerMs,
      matcherMs,
    });
    setup.onScanned();
  };

  /**
   * After the first scan, once the page is idle: finds the open shadow roots already in the page,
   * watches them, and scans their text as a batch of changes. The first scan's text walk does not
   * enter them (see shadow-roots.ts).
   */
  const scanShadowRoots = async () => {
    await waitForIdle(window, SHADOW_ROOTS_WAIT_MS);
    if (controller.signal.aborted) return;
    const start = window.performance.now();
    const slices = slicer();
    const found = await findPageShadowRoots(document, state.shadowRoots, slices);
    const busyMs = slices.finish();
    record('shadow-roots', start, { shadowRoots: found.length, busyMs, longestSliceMs: slices.longestSliceMs });
    for (const shadow of found) state.observe(shadow);
    state.hasShadowRoots ||= found.length > 0;
    if (found.length > 0) enqueue({ roots: found, removed: [], sweep: false });
  };

  /**
   * Runs scans one at a time, each from a task of its own (so its first slice is all it adds to a
   * task); changes that arrive meanwhile wait and merge into one batch.
   */
  const drain = async () => {
    if (busy) return;
    busy = true;
    try {
      while (pending && !controller.signal.aborted) {
        await yieldToPage();
        const batch = pending;
        pending = null;
        if (batch) await scan(batch);
      }
    } catch (error) {
      if (!controller.signal.aborted) throw error;
    } finally {
      busy = false;
    }
  };

  watcher.observe(document);
  // The first scan starts on a task of its own: the one that started the session has already spent
  // its share (loading settings, and compiling this script's code as it first runs).
  void yieldToPage()
    .then(() => {
      controller.signal.throwIfAborted();
      return scan(null);
    })
    .finally(() => {
      busy = false;
      void drain();
    })
    .then(scanShadowRoots)
    .catch((error: unknown) => {
      if (!controller.signal.aborted) throw error;
    });

  return {
    index: state.index,
    selector,
    highlights: () => (sorted ??= state.index.highlights()),
    setStyle: (style) => highlighter.setStyle(style),
    restore,
    halt() {
      controller.abort();
      watcher.disconnect();
      highlighter.clear();
    },
  };
}

function* termsOf(matches: readonly PageMatch[]): Generator<string> {
  for (const match of matches) yield match.termId;
}
