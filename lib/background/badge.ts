import { storage } from '#imports';
import type { MessageHandler } from './router';
import { loadSettings, watchSettings } from '@/lib/settings/settings';

/**
 * The toolbar badge: how many different guide terms the page in each tab holds, as its content script
 * reports them (`page-terms-changed`, top frame only). Counts live in session storage because Chrome's
 * MV3 service worker sleeps and forgets; with them the badge can be switched off and on again for
 * every open tab. Browsers clear a tab's badge when it navigates, and the count of the page that went
 * is forgotten then: a new page reports only once it holds a term, so most page loads send nothing and
 * leave the worker asleep.
 */
const countsItem = storage.defineItem<Record<string, number>>('session:badge-counts', { fallback: {} });

export function formatBadgeText(total: number, show: boolean): string {
  if (!show || total <= 0) return '';
  return total > 99 ? '99+' : String(total);
}

// MV2 Firefox has browserAction, MV3 Chrome has action; WXT's types only know the second.
const toolbarButton = () =>
  browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

/** Starts the badge's upkeep and returns the handler for the content scripts' reports. */
export function startBadge(): MessageHandler<'page-terms-changed'> {
  // One change at a time: messages from many tabs arrive together and each rewrites the stored counts.
  let queue = Promise.resolve();
  const enqueue = (step: () => Promise<void>) => {
    queue = queue.then(step).catch((error: unknown) => console.error('Relief Lens badge:', error));
  };

  const paint = async (tabId: number, total: number, show: boolean) => {
    // The tab may have closed since it reported.
    await toolbarButton()
      .setBadgeText({ tabId, text: formatBadgeText(total, show) })
      .catch(() => undefined);
  };

  void toolbarButton().setBadgeBackgroundColor({ color: '#0b6e69' });
  void toolbarButton().setBadgeTextColor?.({ color: '#ffffff' });

  const forget = (tabId: number) =>
    enqueue(async () => {
      const { [tabId]: _gone, ...rest } = await countsItem.getValue();
      await countsItem.setValue(rest);
    });
  browser.tabs.onRemoved.addListener(forget);
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') forget(tabId);
  });

  let shown: boolean | undefined;
  watchSettings(({ badge }) => {
    if (badge === shown) return;
    shown = badge;
    enqueue(async () => {
      const counts = await countsItem.getValue();
      await Promise.all(Object.entries(counts).map(([tabId, total]) => paint(Number(tabId), total, badge)));
    });
  });

  return (message, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.frameId !== 0) return;
    enqueue(async () => {
      await countsItem.setValue({ ...(await countsItem.getValue()), [tabId]: message.total });
      await paint(tabId, message.total, (await loadSettings()).badge);
    });
  };
}
