import { CARD_HOST } from '@/lib/card/card-element';

/**
 * Elements whose text is never shown as the page's text: code, style sheets, fallbacks for pages
 * without script, a form control's default value. Among the excluded places; the text walk also
 * skips their long text (page-text.ts).
 */
export const RAW_TEXT_ELEMENTS = ['script', 'style', 'noscript', 'textarea'];

/**
 * Code editors that draw their lines as plain elements rather than a `textarea`: Monaco, Ace,
 * CodeMirror 6 and 5. Their text is code or the person's own writing, like a `textarea`'s.
 */
const EDITOR_SELECTORS = ['.monaco-editor', '.ace_editor', '.cm-editor', '.CodeMirror'];

/**
 * Where a term is never highlighted: code and form controls (text the person is writing or the
 * page treats as data), hidden subtrees, editable regions and editors, and our own UI. One
 * selector, so the check is a single native `closest()` per element.
 */
const EXCLUDED_SELECTOR = [
  ...RAW_TEXT_ELEMENTS,
  'template',
  'input',
  'select',
  'option',
  'code',
  'pre',
  'kbd',
  'samp',
  '[hidden]',
  '[aria-hidden="true"]',
  '[contenteditable]:not([contenteditable="false"])',
  '[role="textbox"]',
  '[aria-multiline="true"]',
  ...EDITOR_SELECTORS,
  CARD_HOST,
].join(',');

/**
 * The attributes in EXCLUDED_SELECTOR a page toggles on live elements (a tab shown, a note made
 * editable): the mutation watcher follows them, so such a subtree is rescanned when one changes.
 */
export const EXCLUSION_ATTRIBUTES = ['hidden', 'aria-hidden', 'contenteditable', 'role', 'aria-multiline'];

/**
 * Whether text inside `element` is excluded, cached per element: only elements around text that
 * matched are ever asked, so the cost follows the hits, not the page. Crosses shadow boundaries
 * through each shadow root's host.
 */
export function createExclusionCheck(document: Document): (element: Element) => boolean {
  // A Map: it lives for one scan pass, and in Firefox a weak table keyed by page elements is dear to
  // the garbage collector (scan-blocks.ts).
  const cache = new Map<Element, boolean>();
  const isExcluded = (element: Element): boolean => {
    let excluded = cache.get(element);
    if (excluded !== undefined) return excluded;
    const host = (element.getRootNode() as Partial<ShadowRoot>).host;
    excluded =
      document.designMode === 'on' || element.closest(EXCLUDED_SELECTOR) !== null || (host != null && isExcluded(host));
    cache.set(element, excluded);
    return excluded;
  };
  return isExcluded;
}
