import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { formatBadgeText, startBadge } from '@/lib/background/badge';
import { listenForMessages } from '@/lib/background/router';
import { toggleSiteOfTab } from '@/lib/background/site-toggle';
import { loadSettings, setSiteEnabled, updateSettings } from '@/lib/settings/settings';
import { isSiteEnabled, SITE_LIMIT } from '@/lib/settings/settings-schema';
import { listenForSettingsChanges } from './support/background';
import { routeMessagesToListeners, sendToListeners } from './support/send-message';

beforeEach(() => {
  fakeBrowser.reset();
  listenForSettingsChanges();
  routeMessagesToListeners();
});

const badgeOf = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });
const report = (tabId: number, total: number, frameId = 0) =>
  sendToListeners({ type: 'page-terms-changed', total }, { tab: { id: tabId }, frameId });

describe('badge text', () => {
  it.each([
    [0, true, ''],
    [1, true, '1'],
    [42, true, '42'],
    [100, true, '99+'],
    [7, false, ''],
  ])('%i terms, badge on: %s → %j', (total, show, text) => {
    expect(formatBadgeText(total, show)).toBe(text);
  });
});

describe('the toolbar badge', () => {
  it('shows each tab its own count, from the top frame only', async () => {
    listenForMessages({ 'page-terms-changed': startBadge() });
    await report(5, 3);
    await report(6, 12);
    await report(5, 9, 2); // a frame inside tab 5: not the page's count
    await vi.waitFor(async () => expect([await badgeOf(5), await badgeOf(6)]).toEqual(['3', '12']));
  });

  it('clears every badge when switched off and brings the counts back when switched on', async () => {
    listenForMessages({ 'page-terms-changed': startBadge() });
    await report(5, 3);
    await report(6, 12);
    await vi.waitFor(async () => expect(await badgeOf(6)).toBe('12'));
    await updateSettings({ badge: false });
    await vi.waitFor(async () => expect([await badgeOf(5), await badgeOf(6)]).toEqual(['', '']));
    await report(7, 4); // a page that reports while the badge is off stays blank
    await updateSettings({ badge: true });
    await vi.waitFor(async () =>
      expect([await badgeOf(5), await badgeOf(6), await badgeOf(7)]).toEqual(['3', '12', '4']),
    );
  });

  it('remembers the counts when the background restarts (the MV3 worker sleeps)', async () => {
    listenForMessages({ 'page-terms-changed': startBadge() });
    await report(5, 3);
    await vi.waitFor(async () =>
      expect(await fakeBrowser.storage.session.get('badge-counts')).toEqual({ 'badge-counts': { 5: 3 } }),
    );
    // The old background is gone with its listeners; storage outlives it.
    fakeBrowser.runtime.onMessage.removeAllListeners();
    fakeBrowser.storage.onChanged.removeAllListeners();
    fakeBrowser.storage.local.onChanged.removeAllListeners();
    vi.resetModules();
    const restarted = await import('@/lib/background/badge');
    const router = await import('@/lib/background/router');
    const requests = await import('@/lib/background/settings-requests');
    router.listenForMessages({
      'page-terms-changed': restarted.startBadge(),
      'change-settings': requests.changeSettings,
      'change-site': requests.changeSite,
    });
    const settings = await import('@/lib/settings/settings');
    await settings.updateSettings({ badge: false });
    await vi.waitFor(async () => expect(await badgeOf(5)).toBe(''));
    await settings.updateSettings({ badge: true });
    await vi.waitFor(async () => expect(await badgeOf(5)).toBe('3'));
  });

  it('forgets a closed tab', async () => {
    listenForMessages({ 'page-terms-changed': startBadge() });
    await report(5, 3);
    await vi.waitFor(async () => expect(await badgeOf(5)).toBe('3'));
    await fakeBrowser.tabs.onRemoved.trigger(5, { windowId: 1, isWindowClosing: false });
    await vi.waitFor(async () =>
      expect(await fakeBrowser.storage.session.get('badge-counts')).toEqual({ 'badge-counts': {} }),
    );
  });

  it('forgets the count of a page the tab navigated away from: a page without terms reports nothing', async () => {
    listenForMessages({ 'page-terms-changed': startBadge() });
    await report(5, 3);
    await report(6, 2);
    await vi.waitFor(async () => expect(await badgeOf(5)).toBe('3'));
    await fakeBrowser.tabs.onUpdated.trigger(5, { status: 'loading' }, { id: 5 } as Browser.tabs.Tab);
    await vi.waitFor(async () =>
      expect(await fakeBrowser.storage.session.get('badge-counts')).toEqual({ 'badge-counts': { 6: 2 } }),
    );
    // Switching the badge off and on again repaints only what is known: no stale count for tab 5.
    await fakeBrowser.action.setBadgeText({ tabId: 5, text: '' });
    await updateSettings({ badge: false });
    await updateSettings({ badge: true });
    await vi.waitFor(async () => expect([await badgeOf(5), await badgeOf(6)]).toEqual(['', '2']));
  });
});

describe('the toggle-site command', () => {
  it('switches the current site off, then on again', async () => {
    expect(await toggleSiteOfTab({ url: 'https://www.example.com/back-pain' })).toBe(false);
    expect(isSiteEnabled(await loadSettings(), 'example.com')).toBe(false);
    expect(await toggleSiteOfTab({ url: 'https://example.com/' })).toBe(true);
    expect(isSiteEnabled(await loadSettings(), 'www.example.com')).toBe(true);
  });

  it('leaves other sites as they are', async () => {
    await setSiteEnabled('other.org', false);
    await toggleSiteOfTab({ url: 'https://example.com/' });
    expect((await loadSettings()).disabledSites).toEqual(['example.com', 'other.org']);
  });

  it('leaves a full site list as it is, without throwing', async () => {
    const full = Array.from({ length: SITE_LIMIT }, (_, i) => `site${i}.example`).sort();
    await updateSettings({ disabledSites: full });
    expect(await toggleSiteOfTab({ url: 'https://example.com/' })).toBeNull();
    expect((await loadSettings()).disabledSites).toEqual(full);
  });

  it.each([undefined, {}, { url: 'chrome://extensions/' }, { url: 'about:blank' }, { url: 'file:///tmp/a.html' }])(
    'does nothing for a tab with no web address (%j)',
    async (tab) => {
      expect(await toggleSiteOfTab(tab)).toBeNull();
      expect(await fakeBrowser.storage.local.get('settings')).toEqual({});
    },
  );
});
