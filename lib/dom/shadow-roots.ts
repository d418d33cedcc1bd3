import type { PageWindow } from './page-window';
import { CARD_HOST } from '@/lib/card/card-element';
import type { TimeSlicer } from './time-slicer';

/**
 * Elements (or roots) between clock reads, as a mask: from a content script in Firefox each read of
 * `shadowRoot` crosses into the page's DOM, several microseconds, and a batch may hold a thousand roots.
 */
const CHECK_EVERY = 63;

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
  const consider = (element: Element) => addOpenShadowRoot(element, known, found);
  let checked = 0;
  const queue = [...roots];
  for (let r = 0; r < queue.length; r++) {
    const root = queue[r]!;
    const before = found.length;
    if (root.nodeType === 1) consider(root as Element);
    if ((++checked & CHECK_EVERY) === 0 && slicer.due()) await slicer.pause();
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

/** XPathResult.ORDERED_NODE_SNAPSHOT_TYPE: a snapshot, so the page changing meanwhile cannot move us. */
const SNAPSHOT = 7;
/** Custom elements: their names hold a hyphen, which no built-in HTML element's does. */
const CUSTOM_ELEMENTS = ".//*[contains(local-name(), '-')]";
/** The built-in elements `attachShadow` accepts, with no child of their own to show. */
const EMPTY_BUILT_IN_HOSTS =
  ':is(article,aside,blockquote,body,div,footer,h1,h2,h3,h4,h5,h6,header,main,nav,p,section,span):empty';

/**
 * The open shadow roots already in a page, found without touching most of its elements: the script
 * world keeps a wrapper for every element it touches as long as the element lives, and the first
 * of each kind builds its interface too, which cost 55–170 KB on corpus pages when every element
 * was asked. Two native queries pick the elements that can host one and usually do: custom elements,
 * and the built-in kinds that accept one when they are empty, their shadow tree then holding all
 * they show. A built-in host that also has children of its own is missed (one the page adds later
 * is found with the batch that adds it). Shadow trees are searched whole, nested ones included.
 */
export async function findPageShadowRoots(
  document: Document,
  known: WeakSet<ShadowRoot>,
  slicer: TimeSlicer,
): Promise<ShadowRoot[]> {
  const found: ShadowRoot[] = [];
  const consider = (element: Element) => addOpenShadowRoot(element, known, found);
  const custom = document.evaluate(CUSTOM_ELEMENTS, document, null, SNAPSHOT, null);
  for (let i = 0; i < custom.snapshotLength; i++) consider(custom.snapshotItem(i) as Element);
  if (slicer.due()) await slicer.pause();
  const empty = document.querySelectorAll(EMPTY_BUILT_IN_HOSTS);
  for (let i = 0; i < empty.length; i++) consider(empty[i]!);
  return found.length > 0 ? [...found, ...(await findShadowRoots(found, known, slicer))] : found;
}

/** Resolves when the page is idle (or after `timeoutMs` on a page that never is). */
export function waitForIdle(window: PageWindow, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    if (typeof window.requestIdleCallback === 'function')
      window.requestIdleCallback(() => resolve(), { timeout: timeoutMs });
    else window.setTimeout(resolve, 16);
  });
}

/** Adds `element`'s open shadow root to `found` and `known`, unless it is known already or our card's. */
function addOpenShadowRoot(element: Element, known: WeakSet<ShadowRoot>, found: ShadowRoot[]): void {
  const shadow = element.shadowRoot;
  if (shadow && !known.has(shadow) && element.localName !== CARD_HOST) {
    known.add(shadow);
    found.push(shadow);
  }
}
