import { CARD_HOST } from '@/lib/dom/scan-exclusions';

export interface CardHost {
  /** Where the card is rendered, inside a closed shadow root. */
  readonly container: HTMLElement;
  readonly root: ShadowRoot;
  readonly host: HTMLElement;
  /** Puts the host back in the page if the page removed it, and raises it above any modal dialog. */
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
  style.textContent = `:host{all:initial !important}${css}`;
  const unzoom = doc.createElement('style');
  const container = doc.createElement('div');
  root.append(style, unzoom, container);
  for (const type of PRIVATE_EVENTS) root.addEventListener(type, (event) => event.stopPropagation());

  const inTopLayer = () => typeof host.showPopover === 'function';
  return {
    container,
    root,
    host,
    show() {
      // Outside an open modal dialog everything is inert, a card included: it then goes inside the dialog.
      const parent = [...doc.querySelectorAll('dialog:modal')].at(-1) ?? doc.documentElement;
      if (host.parentNode !== parent) parent.append(host);
      const zoom = (parent as HTMLElement).currentCSSZoom;
      unzoom.textContent = zoom && zoom !== 1 ? `:host{zoom:${1 / zoom} !important}` : '';
      if (!inTopLayer()) return;
      // Hiding first moves the host to the top of the top layer again, above a dialog opened since.
      if (host.matches(':popover-open')) host.hidePopover();
      host.showPopover();
    },
    hide() {
      if (inTopLayer() && host.matches(':popover-open')) host.hidePopover();
    },
    remove() {
      host.remove();
    },
  };
}
