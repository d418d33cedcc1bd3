import { browser, type ContentScriptContext } from '#imports';
import { parseMessage, type PageTerms } from '@/lib/messages';
import type { HighlightSession } from '@/lib/dom/highlight-session';

/**
 * Answers the popup's `get-page-terms` with the session's counts, and tells the background how many
 * different terms the page holds after each scan (for the badge), only when that number changes.
 */
export function reportPageTerms(ctx: ContentScriptContext, session: HighlightSession, isEnabled: () => boolean): void {
  const onMessage = (raw: unknown) => {
    if (parseMessage(raw)?.type !== 'get-page-terms') return undefined;
    const reply: PageTerms = { url: location.href, counts: Object.fromEntries(session.counts()), enabled: isEnabled() };
    return Promise.resolve(reply);
  };
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the polyfill sends a returned promise's value as the reply
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    // After a reload or disable the listener is gone with the extension context, and removing it throws.
    // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the same listener, removed
    if (browser.runtime?.id) browser.runtime.onMessage.removeListener(onMessage);
  });

  let reported = -1;
  ctx.onInvalidated(
    session.onChange(() => {
      const total = session.counts().size;
      // The highlights clearing as the extension goes away is no news, and sending would throw.
      if (total === reported || ctx.isInvalid) return;
      reported = total;
      // Nobody may be listening (the background is asleep or reloading): the next change reports again.
      browser.runtime.sendMessage({ type: 'page-terms-changed', total }).catch(() => (reported = -1));
    }),
  );
}
