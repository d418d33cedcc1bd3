import { onTrustedInput } from '@/lib/input/trusted-input';
import { CARD_HOST } from './card-element';

export interface CardHost {
  /** Where the card is rendered, inside a closed shadow root. */
  readonly container: HTMLElement;
  readonly root: ShadowRoot;
  readonly host: HTMLElement;
  /**
   * Puts the host back in the page if the page removed it and raises it above any modal dialog; while
   * shown, raises it again over any popover or dialog the page opens, and hides it before printing.
   */
  show(): void;
  hide(): void;
  remove(): void;
}

/**
 * A copy of this script that the browser unloaded (Firefox, on reload or update) cannot remove its
 * card, so the next copy does. Only hosts where ours go count: an element of that name the page put
 * in its body is the page's, and removing it would move the page's text.
 */
export function removeStaleCardHosts(doc: Document): void {
  const ours = `:root > ${CARD_HOST}[popover], dialog > ${CARD_HOST}[popover]`;
  for (const stale of doc.querySelectorAll(ours)) stale.remove();
}

/**
 * Times one showing of the card is raised over something the page opened. A page that answers each
 * raise with another look-alike would have us trade places with it forever: the card is hidden instead.
 */
export const MAX_RAISES = 3;

/** Keys typed in the card are the person's business: page shortcuts must not see them. */
const PRIVATE_EVENTS = ['keydown', 'keyup', 'keypress', 'input', 'beforeinput'];

/**
 * The card's host: a custom element with a closed shadow root, so page scripts get neither its text
 * (`shadowRoot` is null, `getHTML` leaves it out) nor its buttons. It is created in an inert document,
 * where no page-defined element of the same name can construct it first and attach a root of its own;
 * a definition the page made upgrades it on insertion and fails there, leaving ours intact.
 *
 * It lives on `<html>`, not `<body>`, so a body swap cannot take it along and body's zoom does not reach
 * it (inside the open modal dialog while there is one); it is a manual popover, so the top layer puts
 * it above modal dialogs and ignores the page's transforms; its parent's `zoom` is undone; `dir` and
 * `lang` are the card's own.
 */
export function createCardHost(doc: Document, css: string): CardHost {
  const host = doc.implementation.createHTMLDocument('').createElement(CARD_HOST);
  const root = host.attachShadow({ mode: 'closed' });
  host.setAttribute('popover', 'manual');
  host.setAttribute('dir', 'ltr');
  host.setAttribute('lang', 'en');
  const style = doc.createElement('style');
  // Outer `!important` rules lose to these in the cascade, whatever the page writes about the host.
  style.textContent = `:host{all:initial !important}@media print{:host{display:none !important}}${css}`;
  const unzoom = doc.createElement('style');
  const container = doc.createElement('div');
  root.append(style, unzoom, container);
  for (const type of PRIVATE_EVENTS) root.addEventListener(type, (event) => event.stopPropagation());

  const inTopLayer = () => typeof host.showPopover === 'function';
  const isOpen = () => inTopLayer() && host.matches(':popover-open');
  /** Hiding first moves the host to the top of the top layer again, above what opened since. */
  const raise = () => {
    // Focus inside the card is lost when it hides: a keyboard user keeps their place.
    const focused = root.activeElement as HTMLElement | null;
    if (isOpen()) host.hidePopover();
    host.showPopover();
    focused?.focus({ preventScroll: true });
  };
  let watching: AbortController | null = null;
  const hide = () => {
    watching?.abort();
    watching = null;
    if (isOpen()) host.hidePopover();
  };
  /** The page's popovers and dialogs open in the top layer above ours; only the browser's events count. */
  const watch = (win: Window) => {
    watching?.abort();
    watching = new AbortController();
    let raises = 0;
    onTrustedInput(
      win,
      'toggle',
      (event) => {
        const opened = event.target;
        if (opened === host || (event as ToggleEvent).newState !== 'open' || !isOpen()) return;
        // A `<details>` toggles too, in place; only what joined the top layer can cover the card.
        if (!(opened instanceof Element) || !opened.matches(':popover-open, dialog:modal')) return;
        if (++raises > MAX_RAISES) return hide();
        placeIn(parentFor());
        raise();
      },
      watching.signal,
    );
    // A printed card would be a verdict on paper with no page around it.
    onTrustedInput(win, 'beforeprint', hide, watching.signal);
  };
  // Outside an open modal dialog everything is inert, a card included: it then goes inside the dialog.
  const parentFor = () => [...doc.querySelectorAll('dialog:modal')].at(-1) ?? doc.documentElement;
  const placeIn = (parent: Element) => {
    if (host.parentNode !== parent) parent.append(host);
    const zoom = (parent as HTMLElement).currentCSSZoom;
    unzoom.textContent = zoom && zoom !== 1 ? `:host{zoom:${1 / zoom} !important}` : '';
  };
  return {
    container,
    root,
    host,
    show() {
      placeIn(parentFor());
      if (!inTopLayer()) return;
      raise();
      if (doc.defaultView) watch(doc.defaultView);
    },
    hide,
    remove() {
      hide();
      host.remove();
    },
  };
}
