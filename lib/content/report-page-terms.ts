import { browser, type ContentScriptContext } from '#imports';
import type { PageTerms } from '@/lib/messages';
import { messageType } from '@/lib/message-type';
import { onRuntimeMessage } from './runtime-messages';
import type { HighlightSession } from '@/lib/dom/highlight-session';

/**
 * Answers the popup's `get-page-terms` with the session's counts. A frame inside the page answers only
 * a request meant for every frame (see lib/messages.ts), which the popup sends to each frame by id.
 */
export function answerPageTerms(
  ctx: ContentScriptContext,
  session: HighlightSession,
  isEnabled: () => boolean,
  isTop: boolean,
): void {
  const release = onRuntimeMessage((raw, _sender, sendResponse) => {
    if (messageType(raw) !== 'get-page-terms') return undefined;
    if (!isTop && (raw as { everyFrame?: unknown }).everyFrame !== true) return undefined;
    sendResponse({
      url: location.href,
      counts: Object.fromEntries(session.counts()),
      enabled: isEnabled(),
      // Highlights come in document order: a term's first one places it, as a booking menu lists it.
      order: [...new Set(session.highlights().map((highlight) => highlight.termId))],
    } satisfies PageTerms);
    return undefined;
  });
  ctx.onInvalidated(release);
}

/**
 * Tells the background how many different terms the page holds after each scan (for the badge), only
 * when that number changes. A page starts at 0, which the badge already shows: a page without terms
 * never sends.
 */
export function reportTermTotal(ctx: ContentScriptContext, session: HighlightSession): void {
  let reported = 0;
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
