import type { PageWindow } from './page-window';

/**
 * Splits long work into short slices so the page never waits on the extension for more than a
 * frame or two. Work calls `due()` often (it is cheap) and `await pause()` when it returns true;
 * `busyMs` sums the slices' own time, without the gaps given back to the page. `due()` takes the
 * longest stretch of work between two of its calls in this slice as what the next one will take,
 * and aims a quarter short of the budget: a stretch can run long without warning (a collection, a
 * style flush), and a slice ends before the budget rather than one stretch past it.
 */
export interface TimeSlicer {
  due(): boolean;
  /** Yields to the page; rejects with the signal's reason when the work was cancelled meanwhile. */
  pause(): Promise<void>;
  /** Ends the current slice's accounting (call once the work is done). */
  finish(): number;
  readonly busyMs: number;
  /** The longest single slice so far: what the page waited on us at worst. */
  readonly longestSliceMs: number;
}

export interface TimeSlicerOptions {
  budgetMs: number;
  now: () => number;
  /** Resolves on a later task, letting the page's own work run in between. */
  yieldToPage: () => Promise<void>;
  signal?: AbortSignal;
}

export function createTimeSlicer({ budgetMs, now, yieldToPage, signal }: TimeSlicerOptions): TimeSlicer {
  const aimMs = budgetMs * 0.75;
  let sliceStart = now();
  /** The last `due()` in this slice, if any, and the longest stretch between two of them. */
  let lastCheck: number | null = null;
  let longestStretch = 0;
  let busyMs = 0;
  let longestSliceMs = 0;
  const startSlice = () => {
    sliceStart = now();
    lastCheck = null;
    longestStretch = 0;
  };
  const endSlice = () => {
    const slice = now() - sliceStart;
    busyMs += slice;
    longestSliceMs = Math.max(longestSliceMs, slice);
  };
  return {
    due() {
      const time = now();
      if (lastCheck !== null) longestStretch = Math.max(longestStretch, time - lastCheck);
      lastCheck = time;
      return time - sliceStart + longestStretch >= aimMs;
    },
    async pause() {
      endSlice();
      await yieldToPage();
      signal?.throwIfAborted();
      startSlice();
    },
    finish() {
      endSlice();
      startSlice();
      return busyMs;
    },
    get busyMs() {
      return busyMs;
    },
    get longestSliceMs() {
      return longestSliceMs;
    },
  };
}

/**
 * A macrotask boundary for `window`: `scheduler.yield()` where the browser has it (it keeps our
 * place ahead of unrelated tasks), otherwise a MessageChannel message, which unlike `setTimeout(0)`
 * is not clamped to 4 ms once nested.
 */
export function createYieldToPage(window: PageWindow): () => Promise<void> {
  const scheduler = (window as Window & { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return () => scheduler.yield!();
  const channel = new window.MessageChannel();
  const waiting: Array<() => void> = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  return () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
      channel.port2.postMessage(null);
    });
}
