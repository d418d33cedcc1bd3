import type { Message } from '@/lib/messages';
import type { MessageHandler } from './router';

/**
 * One card per tab: each frame runs its own content script, so when one opens a card the others in
 * the tab are told to close theirs. Frames cannot tell each other without the page seeing it
 * (postMessage), so the word goes through here; a tab message reaches every frame of the tab.
 */
export const closeOtherCards: MessageHandler<'card-opened'> = (message, sender) => {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return;
  const close: Message = { type: 'close-card', except: message.frame };
  void browser.tabs.sendMessage(tabId, close).catch(() => undefined);
};
