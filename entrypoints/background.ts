import { registerBadge } from '@/lib/background/badge';
import { registerCardFrames } from '@/lib/background/card-frames';
import { registerFrameLoader } from '@/lib/background/frame-loader';
import { registerCardRequests } from '@/lib/background/card-requests';
import { registerCommands } from '@/lib/background/commands';
import { registerContextMenu } from '@/lib/background/context-menu';
import { registerNoteMenu } from '@/lib/background/note-menu';
import { registerOpenPages } from '@/lib/background/open-pages';
import { registerSettingsRequests } from '@/lib/background/settings-requests';
import { registerSiteToggle } from '@/lib/background/site-toggle';

export default defineBackground(() => {
  // A welcome page on install is a real feature (it shows what the extension does) and gives
  // Firefox tests a way into extension pages, which WebDriver BiDi will not navigate to directly.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/guide.html#welcome') });
  });
  registerOpenPages();
  registerCommands();
  registerContextMenu();
  registerNoteMenu();
  registerBadge();
  registerSettingsRequests();
  registerSiteToggle();
  registerCardRequests();
  registerCardFrames();
  registerFrameLoader();
});
