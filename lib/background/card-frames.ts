import { parseMessage, type Message } from '@/lib/messages';

/**
 * One card per tab: each frame runs its own content script, so when one opens a card the others in
 * the tab are told to close theirs. Frames cannot tell each other without the page seeing it
 * (postMessage), so the word goes through here; a tab message reaches every frame of the tab.
 */
export function registerCardFrames(): void {
  browser.runtime.onMessage.addListener((raw, sender) => {
    const message = parseMessage(raw);
    const tabId = sender.tab?.id;
    if (message?.type !== 'card-opened' || tabId === undefined) return undefined;
    const close: Message = { type: 'close-card', except: message.frame };
    void browser.tabs.sendMessage(tabId, close).catch(() => undefined);
    return undefined;
  });
}
