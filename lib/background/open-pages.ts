import { guidePath } from '@/lib/guide-page/guide-path';
import { parseMessage } from '@/lib/messages';
import { checkerPath } from '@/lib/suitability/checker-params';

/**
 * Content scripts cannot open extension pages themselves; a card's "Read more in the guide" and
 * "Check if it suits me" ask the background, which opens the page in a tab next to the one asking.
 */
export function registerOpenPages(): void {
  browser.runtime.onMessage.addListener((raw, sender) => {
    const message = parseMessage(raw);
    const path =
      message?.type === 'open-guide'
        ? guidePath(message.termId)
        : message?.type === 'open-checker'
          ? checkerPath(message.technique)
          : null;
    if (path === null) return undefined; // not ours: leave the answer to other listeners
    const index = sender.tab ? sender.tab.index + 1 : undefined;
    void browser.tabs.create({ url: browser.runtime.getURL(path as '/guide.html'), index });
    return undefined;
  });
}
