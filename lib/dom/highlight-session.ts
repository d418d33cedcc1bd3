import type { Category } from '@/lib/guide/vocabulary';
import { createCategoryMatcher } from '@/lib/match/category-matcher';
import type { TermFormIndex } from '@/lib/match/guide-forms';
import type { HighlightStyle } from './highlighter';
import type { PageHighlight } from './match-index';
import type { PageWindow } from './page-window';
import { createScanRecorder } from './scan-record';
import { startScanRun, type ScanRun } from './scan-run';
import { createYieldToPage } from './time-slicer';

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
  formIndex: () => TermFormIndex;
  /**
   * Called once, when the session first draws a highlight: the content script leaves the highlight
   * styles out of every page until then, since every element's style pays for them.
   */
  onFirstHighlight?: () => void;
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

/**
 * One page's highlights from first scan to teardown: the person's settings, one scan run at a time
 * (scan-run.ts) started again when the categories or the density change, and counts for the popup.
 */
export function startHighlightSession(ctx: SessionContext, setup: SessionSetup): HighlightSession {
  const { window } = setup;
  const pageYield = createYieldToPage(window);
  // Reading `isInvalid` lets WXT notice an orphaned script at once and fire the signal that halts us.
  const yieldToPage = () => pageYield().then(() => void ctx.isInvalid);
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };

  let options: HighlightOptions = setup;
  let run: ScanRun | null = null;
  let stopped = false;
  const matchers = createCategoryMatcher(setup.formIndex);
  const record = createScanRecorder(window);
  let drawn = false;
  const onFirstDraw = () => {
    if (drawn) return;
    drawn = true;
    setup.onFirstHighlight?.();
  };

  const editable = () => window.document.designMode === 'on';
  const begin = () => {
    // A document in design mode is the person's draft: nothing is drawn until it leaves that mode.
    if (editable()) return;
    run = startScanRun({
      window,
      density: options.density,
      style: options.style,
      matcher: () => matchers.matcherFor(options.categories),
      categoryOf: matchers.categoryOf,
      yieldToPage,
      // Reading `isInvalid` halts an orphaned script (see SessionContext).
      isInvalid: () => ctx.isInvalid === true,
      record,
      onScanned: () => (editable() ? halt() : notify()),
      onFirstDraw,
    });
  };

  const halt = () => {
    if (!run) return;
    run.halt();
    run = null;
    notify();
  };

  /**
   * The cheap check before a card is offered (and after each scan): design mode switched on or off
   * since, or highlights the page took out of the registry. Neither has an event to wait for, and
   * polling would cost idle pages a timer.
   */
  const check = () => {
    if (stopped || ctx.signal.aborted || !options.enabled) return;
    if (editable()) halt();
    else if (!run) begin();
    else run.restore();
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
      check();
      return run?.highlights() ?? [];
    },
    highlightAt(node, offset) {
      check();
      return run?.index.highlightAt(node, offset) ?? null;
    },
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
      } else if (previous.style !== next.style) run!.setStyle(next.style);
    },
    restart() {
      if (!run || ctx.signal.aborted || stopped) return;
      halt();
      begin();
    },
    stop: end,
  };
}
