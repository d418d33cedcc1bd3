import { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * WXT ends a content script when a newer copy of it announces itself with a CustomEvent on `document`.
 * A page can dispatch that event as well (its name holds nothing but the extension's id, which a page
 * can learn), and so switch off highlighting and cards at will. A genuine newer copy only runs once
 * this copy's extension context is gone (`runtime.id` is then undefined), so while it is still there
 * the event is the page's: it stops here, at the window in the capture phase, before WXT's listener on
 * `document` hears it.
 */
export function ignoreForgedScriptStarts(ctx: ContentScriptContext, win: Window): void {
  // The event's name is WXT's (public at run time, private in its types).
  const type = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;
  ctx.addEventListener(
    win,
    type as keyof WindowEventMap,
    (event) => {
      if (browser.runtime?.id !== undefined) event.stopImmediatePropagation();
    },
    { capture: true },
  );
}

/**
 * WXT tells of a single-page navigation with an event on `window` named after the extension's id, so
 * a page that learnt the id could dispatch it too and make the session drop its highlights and scan
 * the whole page again, as often as it liked. WXT's own event is an object of this script's world
 * that carries the new address; the page's, seen from here, is a bare event (what the page sets on
 * its side of an object does not cross to ours). Only an event with a new address counts.
 */
export function onNavigation(ctx: ContentScriptContext, win: Window, listener: () => void): void {
  let address = win.location.href;
  ctx.addEventListener(win, 'wxt:locationchange', (event) => {
    const next = (event as Partial<{ newUrl: unknown }>).newUrl;
    if (!(next instanceof URL) || next.href === address) return;
    address = next.href;
    listener();
  });
}
