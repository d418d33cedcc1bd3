import { browser } from '#imports';
import type { PageState } from '@/components/OnThisPage';
import { pageTermsSchema, type Message } from '@/lib/messages';
import { siteOfAddress } from '@/lib/settings/hostname';
import { loadSettings } from '@/lib/settings/settings';
import { isSiteEnabled } from '@/lib/settings/settings-schema';
import { summarizePageTerms } from '@/lib/suitability';

const NO_TAB = 'Open Relief Lens from the toolbar while a page is showing to see the terms it mentions.';
const CANNOT_READ =
  'Relief Lens cannot read this page. Browser pages (settings, new tabs, add-on stores) are closed to extensions; other pages may need a reload first.';

/** The tab "On this page" reads: `?tab=` when given, else the active tab (unless the checker is that tab). */
async function findTargetTab(tabId: number | null): Promise<number | null> {
  if (tabId !== null) return tabId;
  if (await browser.tabs.getCurrent()) return null;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id ?? null;
}

/** Asks the tab's content script which terms its page mentions; a tab without one gets a calm message. */
export async function readPageState(tabId: number | null): Promise<PageState> {
  const target = await findTargetTab(tabId);
  if (target === null) return { status: 'unavailable', message: NO_TAB };
  const request: Message = { type: 'get-page-terms' };
  const reply = await browser.tabs.sendMessage(target, request).catch(() => null);
  const parsed = pageTermsSchema().safeParse(reply);
  if (!parsed.success) return { status: 'unavailable', message: CANNOT_READ };
  const host = siteOfAddress(parsed.data.url);
  const settings = await loadSettings();
  return {
    status: 'ready',
    host,
    siteEnabled: host ? isSiteEnabled(settings, host) : parsed.data.enabled,
    summary: summarizePageTerms(parsed.data.counts, parsed.data.order),
  };
}
