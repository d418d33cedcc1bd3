import type { Message } from '@/lib/messages';

/**
 * The keyboard commands declared in the manifest (wxt.config.ts) and what each asks the page's
 * content script to do. Shortcuts are the browser's to change (chrome://extensions/shortcuts, or
 * Firefox's add-ons manager), so only the command names are fixed here.
 */
export const COMMAND_MESSAGES: Readonly<Record<string, Message>> = {
  'explain-selection': { type: 'explain-selection' },
  'next-term': { type: 'step-highlight', direction: 'next' },
  'previous-term': { type: 'step-highlight', direction: 'previous' },
};

export async function sendCommand(command: string, tab: Browser.tabs.Tab | undefined): Promise<void> {
  const message = COMMAND_MESSAGES[command];
  if (!message) return;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return;
  // The selection may be in any frame, so every frame hears "explain"; stepping walks the top page.
  const options = message.type === 'step-highlight' ? { frameId: 0 } : undefined;
  // Pages our content script cannot run on (the browser's own pages, the add-on stores) have no listener.
  await browser.tabs.sendMessage(tabId, message, options).catch(() => undefined);
}
