/**
 * The engine as a plain script for `npm run bench`: no extension, no storage, just the session on
 * the page it is injected into. Exposes `window.reliefLensBench`.
 */
import { startHighlightSession, type HighlightSession } from '@/lib/dom/highlight-session';
import type { PageWindow } from '@/lib/dom/page-window';
import { CATEGORIES, TERMS, type Term } from '@/lib/guide';
import { createMatcher } from '@/lib/match/matcher';
import { compileTermFormIndex, guideForms } from '@/lib/match/guide-forms';
import { readGuideFormIndex } from '@/lib/match/guide-form-index';
import { generatedFormText } from './generated-forms';

export interface ScanReport {
  /** From the session's own `relief-lens:scan` measure. */
  detail: {
    textNodes: number;
    chars: number;
    matches: number;
    busyMs: number;
    /** The longest task the session gave the page, its mutation observer's callbacks included. */
    longestSliceMs: number;
    /** The observer's callbacks alone. */
    observerMs: number;
    matcherMs: number;
  };
  wallMs: number;
  highlights: number;
  /** Long tasks (> 50 ms) seen while the scan ran. */
  longTasks: number[];
}

/** `extraForms` generated forms, spread over terms of ten forms each, as a bigger form index. */
function generatedTerms(extraForms: number): Term[] {
  const terms: Term[] = [];
  for (let i = 0; i < extraForms; i += 10) {
    const forms = Array.from({ length: Math.min(10, extraForms - i) }, (_, k) => ({
      text: generatedFormText(i + k),
      context: 'unambiguous' as const,
    }));
    terms.push({ ...TERMS[0]!, id: `generated-${i}`, name: forms[0]!.text, forms, technique: undefined });
  }
  return terms;
}

let session: HighlightSession | null = null;

/** Every rescan's figures: the timeline keeps only the latest, so they are gathered as they come. */
const rescans: ScanReport['detail'][] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntriesByName('relief-lens:rescan'))
    rescans.push((entry as PerformanceMeasure).detail as ScanReport['detail']);
}).observe({ type: 'measure' });

const bench = {
  /** Every form of the real form index, for the other libraries to search for the same thing. */
  forms: () => guideForms(TERMS).map((form) => form.text),

  /** Time to build the matcher for the real form index, as the session does (from the generated form index). */
  buildMatcher(): number {
    const start = performance.now();
    const { formIndex, categories } = readGuideFormIndex();
    createMatcher(formIndex, (termId) => categories.has(termId));
    return performance.now() - start;
  },

  /** Scans the page the way the content script does and resolves when the first scan is drawn. */
  scan(options: { density?: 'first' | 'all'; extraForms?: number } = {}): Promise<ScanReport> {
    const longTasks: number[] = [];
    const observer =
      'PerformanceObserver' in window && PerformanceObserver.supportedEntryTypes?.includes('longtask')
        ? new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration)))
        : null;
    observer?.observe({ type: 'longtask' });
    // The real form index as the content script reads it (from build-time data); a bigger one is compiled on the page.
    const extra = options.extraForms;
    const formIndex = extra ? () => compileTermFormIndex([...TERMS, ...generatedTerms(extra)]) : readGuideFormIndex;
    const start = performance.now();
    return new Promise((resolve) => {
      const controller = new AbortController();
      session = startHighlightSession(controller, {
        window: window as PageWindow,
        formIndex,
        enabled: true,
        categories: [...CATEGORIES],
        density: options.density ?? 'all',
        style: 'underline',
      });
      const unsubscribe = session.onChange(() => {
        const measure = performance.getEntriesByName('relief-lens:scan').at(-1) as PerformanceMeasure | undefined;
        if (!measure) return;
        unsubscribe();
        const wallMs = performance.now() - start;
        // A long task is reported after it ends; give the observer one more task to deliver it.
        setTimeout(() => {
          observer?.disconnect();
          resolve({ detail: measure.detail, wallMs, highlights: session!.highlights().length, longTasks });
        }, 0);
      });
    });
  },

  /** Rescan figures so far (the mutation run reads them after each burst). */
  rescans: () => [...rescans],
};

export type ReliefLensBench = typeof bench;
(window as unknown as { reliefLensBench: ReliefLensBench }).reliefLensBench = bench;
