import type { Message } from '@/lib/messages';
import { readTherapistNote } from '@/lib/settings/therapist-note';
import { hasContextMenus } from './context-menu';
import { checkerPath } from '@/lib/suitability/checker-params';

export const NOTE_MENU_ID = 'relief-lens-insert-note';

/**
 * "Insert my note for the therapist" in the browser's own context menu on an editable field: the one
 * write the extension makes into a page. The note is read from storage here, at the person's click,
 * and sent to that field's frame alone; no page event or message reaches this path, since only the
 * browser fires `contextMenus.onClicked`. Without answers to build a note from, the checker opens.
 */
export function registerNoteMenu(): void {
  if (!hasContextMenus()) return;
  // Registered after the explain item (context-menu.ts), whose listener first asks to remove every
  // item: the browser runs menu calls in the order they are made, so this one is created after that.
  const createMenu = () => {
    // Reading lastError marks a duplicate id (an item kept from before) as handled: the item is there.
    browser.contextMenus.create(
      { id: NOTE_MENU_ID, title: 'Insert my note for the therapist', contexts: ['editable'] },
      () => void browser.runtime.lastError,
    );
  };
  browser.runtime.onInstalled.addListener(createMenu);
  browser.runtime.onStartup.addListener(createMenu);

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== NOTE_MENU_ID || tab?.id === undefined) return;
    void insertNote(tab.id, info.frameId ?? 0, tab.index);
  });
}

async function insertNote(tabId: number, frameId: number, tabIndex: number): Promise<void> {
  const text = await readTherapistNote();
  if (text === null) {
    await browser.tabs.create({ url: browser.runtime.getURL(checkerPath() as '/popup.html'), index: tabIndex + 1 });
    return;
  }
  const message: Message = { type: 'insert-note', text };
  await browser.tabs.sendMessage(tabId, message, { frameId }).catch(() => undefined);
}
