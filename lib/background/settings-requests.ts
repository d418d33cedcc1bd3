import { parseMessage } from '@/lib/messages';
import { siteOfAddress } from '@/lib/settings/hostname';
import { applySettingsChange } from '@/lib/settings/settings-writer';

type Sender = { url?: string };

/**
 * Settings changes sent to the background, the settings' one writer. The extension's own pages may
 * change anything; a content script only what the card offers: switching off the site it runs on.
 */
export function registerSettingsRequests(): void {
  const ownPages = browser.runtime.getURL('/');
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the polyfill sends a returned promise's value as the reply
  browser.runtime.onMessage.addListener((raw, sender: Sender) => {
    const message = parseMessage(raw);
    if (message?.type !== 'change-settings' && message?.type !== 'change-site') return undefined;
    const fromOwnPage = sender.url?.startsWith(ownPages) === true;
    if (message.type === 'change-settings') {
      return fromOwnPage ? applySettingsChange({ patch: message.patch }) : undefined;
    }
    const ownSite = !fromOwnPage && sender.url ? siteOfAddress(sender.url) : null;
    if (!fromOwnPage && (message.enabled || ownSite !== message.site)) return undefined;
    return applySettingsChange({ site: message.site, enabled: message.enabled });
  });
}
