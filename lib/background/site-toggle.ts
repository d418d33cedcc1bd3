import { hasCommands } from '@/lib/background/commands';
import { siteOfAddress } from '@/lib/settings/hostname';
import { loadSettings, setSiteEnabled, SettingsRefusedError } from '@/lib/settings/settings';

/**
 * The `toggle-site` keyboard command switches highlighting on or off for the site in the current tab.
 * Pressing an extension's shortcut grants it `activeTab` before `onCommand` fires (Chromium's
 * ExtensionKeybindingRegistry::CommandExecuted grants, then builds the tab it passes; Firefox likewise),
 * and that grant is what puts `url` on the tab without the `tabs` permission. Without a web address
 * nothing happens. Open tabs of the site follow through their settings watch.
 */
/**
 * Returns the site's new switch (true: highlighting on), or null when the tab has no web address or the
 * list of switched-off sites is full (a shortcut has nowhere to say so; the options page does).
 */
export async function toggleSiteOfTab(tab: { url?: string } | undefined): Promise<boolean | null> {
  const host = tab?.url ? siteOfAddress(tab.url) : null;
  if (!host) return null;
  const settings = await loadSettings();
  // The site's own switch, whatever the global one says: that one belongs to the options page.
  const enable = settings.disabledSites.includes(host);
  try {
    await setSiteEnabled(host, enable);
  } catch (error) {
    if (error instanceof SettingsRefusedError) return null;
    throw error;
  }
  return enable;
}

export function registerSiteToggle(): void {
  if (!hasCommands()) return;
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'toggle-site') void toggleSiteOfTab(tab);
  });
}
