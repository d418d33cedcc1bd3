import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadPageSettings, watchPageSettings } from '@/lib/settings/page-settings';
import { loadSettings, updateSettings } from '@/lib/settings/settings';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings-schema';
import { listenForSettingsChanges } from './support/background';
import { routeMessagesToListeners } from './support/send-message';

beforeEach(() => {
  fakeBrowser.reset();
  listenForSettingsChanges();
  routeMessagesToListeners();
});

describe('loadPageSettings', () => {
  it('gives the defaults when nothing is stored, and writes nothing', async () => {
    expect(await loadPageSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('reads what the settings item saved', async () => {
    await updateSettings({ density: 'all', disabledSites: ['example.com'], style: 'background' });
    const read = await loadPageSettings();
    expect(read).toEqual(await loadSettings());
    expect(read).toMatchObject({ density: 'all', disabledSites: ['example.com'], style: 'background' });
  });

  it('brings a version 1 value up to date in memory without writing it', async () => {
    const v1 = { enabled: true, sites: { 'www.Example.com': false, 'news.example.org': true }, highlightAll: true };
    await fakeBrowser.storage.local.set({ settings: v1 });
    expect(await loadPageSettings()).toMatchObject({ disabledSites: ['example.com'], density: 'all' });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ settings: v1 });
  });

  it('uses the default for a stored field that does not fit and keeps the rest', async () => {
    await fakeBrowser.storage.local.set({ settings: { style: 'neon', density: 'all' }, settings$: { v: 2 } });
    expect(await loadPageSettings()).toEqual({ ...DEFAULT_SETTINGS, density: 'all' });
  });
});

describe('watchPageSettings', () => {
  it('hears each save of the settings, checked, until unwatched', async () => {
    const heard = vi.fn();
    const unwatch = watchPageSettings(heard);
    await updateSettings({ openOn: 'click' });
    await fakeBrowser.storage.local.set({ settings: { badge: 'yes' }, other: 1 });
    await fakeBrowser.storage.local.set({ other: 2 });
    unwatch();
    await updateSettings({ openOn: 'hover' });
    expect(heard.mock.calls).toEqual([[{ ...DEFAULT_SETTINGS, openOn: 'click' }], [DEFAULT_SETTINGS]]);
  });
});
