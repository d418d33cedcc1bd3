import { siteOfAddress } from '@/lib/settings/hostname';
import { applySettingsChange } from '@/lib/settings/settings-writer';
import type { MessageHandler, Sender } from './router';

/**
 * Settings changes sent to the background, the settings' one writer. The extension's own pages may
 * change anything; a content script only what the card offers: switching off the site it runs on.
 */
const fromOwnPage = (sender: Sender) => sender.url?.startsWith(browser.runtime.getURL('/')) === true;

export const changeSettings: MessageHandler<'change-settings'> = (message, sender) =>
  fromOwnPage(sender) ? applySettingsChange({ patch: message.patch }) : undefined;

export const changeSite: MessageHandler<'change-site'> = (message, sender) => {
  const own = fromOwnPage(sender);
  const ownSite = !own && sender.url ? siteOfAddress(sender.url) : null;
  if (!own && (message.enabled || ownSite !== message.site)) return undefined;
  return applySettingsChange({ site: message.site, enabled: message.enabled });
};
