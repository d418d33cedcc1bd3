import { parseMessage } from '@/lib/messages';

/**
 * Injects the card's code into the frame that first needs it. It is a packaged file run with the
 * scripting API, not a web-accessible resource, so no page can fetch or probe it by URL (README,
 * "What websites can notice").
 */
export function registerCardLoader(): void {
  browser.runtime.onMessage.addListener((raw, sender) => {
    const tabId = sender.tab?.id;
    if (parseMessage(raw)?.type !== 'load-card' || tabId === undefined) return undefined;
    void browser.scripting
      .executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: ['/card.js'] })
      .catch(() => undefined);
    return undefined;
  });
}
