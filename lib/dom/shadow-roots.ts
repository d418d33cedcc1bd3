import type { PageWindow } from './page-window';
import { CARD_HOST } from './scan-exclusions';
import type { TimeSlicer } from './time-slicer';

const CHECK_EVERY = 1023; // elements between clock reads (mask)

/**
 * Open shadow roots under `roots`, at any depth (roots inside roots too), that are not in `known`
 * yet; they are added to it. The text walk does not enter shadow trees, and having it visit every
 * element to look for hosts cost about a second walk on its critical path, so hosts are found here,
 * apart: one native `querySelectorAll('*')` snapshot per root (a snapshot, so the page changing
 * it while we yield cannot make us skip an element), then one property read per element.
 */
export async function findShadowRoots(
  roots: readonly Node[],
  known: WeakSet<ShadowRoot>,
  slicer: TimeSlicer,
): Promise<ShadowRoot[]> {
  const found: ShadowRoot[] = [];
  const consider = (element: Element) => {
    const shadow = element.shadowRoot;
    if (shadow && !known.has(shadow) && element.localName !== CARD_HOST) {
      known.add(shadow);
      found.push(shadow);
    }
  };
  let checked = 0;
  const queue = [...roots];
  for (let r = 0; r < queue.length; r++) {
    const root = queue[r]!;
    const before = found.length;
    if (root.nodeType === 1) consider(root as Element);
    // A text node has no elements under it.
    const elements = 'querySelectorAll' in root ? (root as ParentNode).querySelectorAll('*') : [];
    for (let i = 0; i < elements.length; i++) {
      consider(elements[i]!);
      if ((++checked & CHECK_EVERY) === 0 && slicer.due()) await slicer.pause();
    }
    queue.push(...found.slice(before));
  }
  return found;
}

/** Resolves when the page is idle (or after `timeoutMs` on a page that never is). */
export function waitForIdle(window: PageWindow, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    if (typeof window.requestIdleCallback === 'function')
      window.requestIdleCallback(() => resolve(), { timeout: timeoutMs });
    else window.setTimeout(resolve, 16);
  });
}
