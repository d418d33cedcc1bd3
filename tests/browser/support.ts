import { afterEach } from 'vitest';
import { createMatcher, type Matcher } from '@/lib/match/matcher';
import { readGuideFormIndex } from '@/lib/match/guide-form-index';
import type { PageWindow } from '@/lib/dom/page-window';
import { createTimeSlicer, type TimeSlicer } from '@/lib/dom/time-slicer';

/**
 * A container for one test's markup, fixed at the top left so it is on screen (caret hit-testing
 * only works there) and removed after the test.
 */
export function mount(html: string): HTMLElement {
  const container = document.createElement('div');
  container.style.cssText = 'position: fixed; top: 0; left: 0; width: 600px; font: 16px/20px monospace; margin: 0';
  container.innerHTML = html;
  document.body.append(container);
  mounted.push(container);
  return container;
}

const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const container of mounted.splice(0)) container.remove();
});

export const pageWindow = window as PageWindow;

/** A slicer that never asks to yield: the work under test runs in one go. */
export const neverDue: TimeSlicer = createTimeSlicer({
  budgetMs: Infinity,
  now: () => performance.now(),
  yieldToPage: () => Promise.resolve(),
});

/** A slicer that yields at every check, running `onYield` while the work waits (the page's turn). */
export function alwaysDue(onYield: () => void = () => {}): TimeSlicer {
  return createTimeSlicer({
    budgetMs: 0,
    now: () => performance.now(),
    yieldToPage: () => Promise.resolve().then(onYield),
  });
}

/** The text of the first element matching `selector` under `root`. */
export function textOf(root: ParentNode, selector: string): Text {
  const node = root.querySelector(selector)?.firstChild;
  if (!node || node.nodeType !== Node.TEXT_NODE) throw new Error(`no text in ${selector}`);
  return node as Text;
}

/** The guide's form index as the content script reads it, matching every category. */
export function guideMatcher(): Matcher {
  return createMatcher(readGuideFormIndex().formIndex);
}
