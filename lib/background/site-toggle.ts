import { siteOfAddress } from '@/lib/settings/hostname';
import { loadSettings } from '@/lib/settings/settings';
import { applySettingsChange } from '@/lib/settings/settings-writer';

/**
 * The `toggle-site` keyboard command switches highlighting on or off for the site in the current tab.
 * The tab `onCommand` passes carries its `url` because the extension has host access to every site
 * (`<all_urls>`, which the content script and the scripting API need anyway): without the `tabs`
 * permission, a browser fills in a tab's `url` for the hosts an extension may reach. Without a web
 * address nothing happens. Open tabs of the site follow through their settings watch.
 */
/**
 * Returns the site's new switch (true: highlighting on), or null when the tab has no web address or the
 * change was not saved (the list is full, or storage failed: a shortcut has nowhere to say so; the
 * options page does).
 */
export async function toggleSiteOfTab(tab: { url?: string } | undefined): Promise<boolean | null> {
  const site = tab?.url ? siteOfAddress(tab.url) : null;
  if (!site) return null;
  // The site's own switch, whatever the global one says: that one belongs to the options page. Decided
  // by the writer, so two quick presses switch it twice.
  const reply = await applySettingsChange({ site, enabled: 'toggle' });
  return reply.ok ? !(await loadSettings()).disabledSites.includes(site) : null;
}
