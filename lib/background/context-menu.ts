import type { Message } from '@/lib/messages';

export const EXPLAIN_MENU_ID = 'relief-lens-explain';

/** Firefox for Android has no context menus for extensions (neither `menus` nor `contextMenus`). */
export function hasContextMenus(): boolean {
  return (browser as Partial<typeof browser>).contextMenus?.create !== undefined;
}

/**
 * "Explain with Relief Lens" on selected text: the frame holding the selection shows the card for the
 * term it contains, or a "not in the guide" card with the closest terms.
 */
export function registerContextMenu(): void {
  if (!hasContextMenus()) return;
  // Chrome keeps menu items across restarts, Firefox's persistent background page does not: create the
  // item on both events, clearing first so Chrome does not report a duplicate id.
  const createMenu = async () => {
    await browser.contextMenus.removeAll();
    browser.contextMenus.create({ id: EXPLAIN_MENU_ID, title: 'Explain with Relief Lens', contexts: ['selection'] });
  };
  browser.runtime.onInstalled.addListener(() => void createMenu());
  browser.runtime.onStartup.addListener(() => void createMenu());

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== EXPLAIN_MENU_ID || tab?.id === undefined) return;
    const message: Message = { type: 'explain-selection', text: info.selectionText };
    void browser.tabs.sendMessage(tab.id, message, { frameId: info.frameId ?? 0 }).catch(() => undefined);
  });
}
