import type { TestPage } from './harness';

/**
 * Sends a message to every tab but the extension page's own, as the background does for a keyboard
 * command or the context menu. A browser-level shortcut or menu can't be used through either driver.
 */
export function sendToTabs(extensionPage: TestPage, message: unknown): Promise<void> {
  return extensionPage.evaluate(async (message) => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    const self = await api.tabs.getCurrent();
    for (const tab of await api.tabs.query({})) {
      if (tab.id !== self?.id) await api.tabs.sendMessage(tab.id, message).catch(() => undefined);
    }
  }, message);
}
