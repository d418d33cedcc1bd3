import { browser } from '#imports';
import { pageTermsSchema, type Message, type PageTerms } from '@/lib/messages';
import { siteOfAddress } from '@/lib/settings/hostname';
import { loadSettings } from '@/lib/settings/settings';
import { isSiteEnabled } from '@/lib/settings/settings-schema';
import { mergePageTerms, summarizePageTerms, type PageState } from '@/lib/suitability';

const NO_TAB = 'Open Relief Lens from the toolbar while a page is showing to see the terms it mentions.';
const CANNOT_READ =
  'Relief Lens cannot read this page. Browser pages (settings, new tabs, add-on stores) are closed to extensions; other pages may need a reload first.';

/** How long the list waits for a frame inside the page: one that never answers is left out, not waited on. */
export const FRAME_ANSWER_LIMIT_MS = 1000;

/** The tab "On this page" reads: `?tab=` when given, else the active tab (unless the checker is that tab). */
async function findTargetTab(tabId: number | null): Promise<number | null> {
  if (tabId !== null) return tabId;
  if (await browser.tabs.getCurrent()) return null;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id ?? null;
}

/**
 * The ids of the tab's frames inside the page, such as a booking widget's. Without the webNavigation
 * permission (an install warning) the scripting API is what lists them: it runs an empty function in
 * each frame it may reach, which the page cannot see, and says which frames those were.
 */
async function listInnerFrames(tabId: number): Promise<number[]> {
  const results = await browser.scripting
    .executeScript({ target: { tabId, allFrames: true }, func: () => true })
    .catch(() => []);
  return [...new Set(results.map((result) => result.frameId))].filter((frameId) => frameId !== 0);
}

async function askFrame(tabId: number, frameId: number, everyFrame?: true): Promise<PageTerms | null> {
  const request: Message = { type: 'get-page-terms', ...(everyFrame && { everyFrame }) };
  const reply: unknown = await browser.tabs.sendMessage(tabId, request, { frameId }).catch(() => null);
  const parsed = pageTermsSchema().safeParse(reply);
  return parsed.success ? parsed.data : null;
}

function withinLimit<T>(answer: Promise<T>, fallback: T): Promise<T> {
  return Promise.race([
    answer,
    new Promise<T>((resolve) => setTimeout(() => resolve(fallback), FRAME_ANSWER_LIMIT_MS)),
  ]);
}

/**
 * Asks the tab's content scripts which terms its page mentions: the top frame, then every frame inside
 * it, whose services a booking widget may hold. A tab without a content script gets a calm message.
 */
export async function readPageState(tabId: number | null): Promise<PageState> {
  const target = await findTargetTab(tabId);
  if (target === null) return { status: 'unavailable', message: NO_TAB };
  const [top, inner] = await Promise.all([
    askFrame(target, 0),
    listInnerFrames(target).then((frameIds) =>
      Promise.all(frameIds.map((frameId) => withinLimit(askFrame(target, frameId, true), null))),
    ),
  ]);
  if (!top) return { status: 'unavailable', message: CANNOT_READ };
  const page = mergePageTerms(
    top,
    inner.filter((answer) => answer !== null),
  );
  const host = siteOfAddress(page.url);
  const settings = await loadSettings();
  return {
    status: 'ready',
    host,
    siteEnabled: host ? isSiteEnabled(settings, host) : page.enabled,
    summary: summarizePageTerms(page.counts, page.order),
  };
}
