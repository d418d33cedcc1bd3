import { guidePath } from '@/lib/guide-page/guide-path';
import { checkerPath } from '@/lib/suitability/checker-params';
import type { MessageHandler } from './router';

/**
 * Content scripts cannot open extension pages themselves; a card's "Read more in the guide" and
 * "Check if it suits me" ask the background, which opens the page in a tab next to the one asking.
 */
export const openPage: MessageHandler<'open-guide' | 'open-checker'> = (message, sender) => {
  const path = message.type === 'open-guide' ? guidePath(message.termId) : checkerPath(message.technique);
  const index = sender.tab ? sender.tab.index + 1 : undefined;
  void browser.tabs.create({ url: browser.runtime.getURL(path as '/guide.html'), index });
};
