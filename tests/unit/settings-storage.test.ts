import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { migrateSettingsToV2 } from '@/lib/settings/migrations/settings-v2';
import {
  loadSettings,
  readSettings,
  setSiteEnabled,
  SettingsRefusedError,
  updateSettings,
} from '@/lib/settings/settings';
import { DEFAULT_SETTINGS, isSiteEnabled, SITE_LIMIT } from '@/lib/settings/settings-schema';
import { normalizeHostname, siteOfAddress } from '@/lib/settings/hostname';
import { listenForSettingsChanges } from './support/background';
import { routeMessagesToListeners } from './support/send-message';

/** What version 1 of the extension stored under `settings` (and `settings$` for the version). */
const STORED_V1 = {
  enabled: true,
  sites: { 'www.Example.com': false, 'news.example.org': true, 'Blog.Example.net.': false },
  highlightAll: true,
  categories: ['technique', 'safety'],
  style: 'background',
  hoverDelayMs: 500,
  openOn: 'click',
  badge: false,
};

beforeEach(() => {
  fakeBrowser.reset();
  listenForSettingsChanges();
  routeMessagesToListeners();
});

describe('normalizeHostname', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  WWW.Example.COM ', 'example.com'],
    ['https://www.example.com/a/b?c#d', 'example.com'],
    ['blog.example.com', 'blog.example.com'],
    ['example.com.', 'example.com'],
    ['127.0.0.1', '127.0.0.1'],
    ['localhost:8080', 'localhost'],
    ['bücher.de', 'xn--bcher-kva.de'],
    ['', null],
    ['not a host', null],
    ['about:blank', null],
    ['file:///home/me/page.html', null],
    ['chrome://extensions', null],
    ['chrome://extensions/', null],
    ['moz-extension://0f1e2d3c/options.html', null],
    ['about:addons', null],
    ['localhost:8080/page', 'localhost'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeHostname(input)).toBe(expected);
  });
});

describe('siteOfAddress', () => {
  it.each([
    ['https://www.Example.com/back-pain?x#y', 'example.com'],
    ['http://127.0.0.1:8377/article.html', '127.0.0.1'],
    ['https://blog.example.com/', 'blog.example.com'],
    ['example.com', null],
    ['chrome://extensions/', null],
    ['moz-extension://abc/popup.html', null],
    ['file:///home/me/page.html', null],
    ['about:blank', null],
    ['', null],
  ])('%j → %j', (address, expected) => {
    expect(siteOfAddress(address)).toBe(expected);
  });
});

describe('reading settings', () => {
  it('gives the defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it.each(['garbage', 42, [1, 2], true])(
    'reads a stored %j as the defaults, and says none of it could be read',
    (garbage) => {
      const read = readSettings(garbage);
      expect(read.settings).toEqual(DEFAULT_SETTINGS);
      expect(read.unreadable).toEqual(Object.keys(DEFAULT_SETTINGS));
    },
  );

  it('keeps the fields that fit, names those that do not, and reads no unknown keys', () => {
    const read = readSettings({
      enabled: 'yes',
      disabledSites: ['example.com'],
      categories: ['technique', 'not-a-category'],
      density: 'all',
      style: 42,
      hoverDelayMs: 99999,
      openOn: 'click',
      badge: null,
      __proto__: { polluted: true },
      extra: { nested: 1 },
    });
    expect(read.settings).toEqual({
      ...DEFAULT_SETTINGS,
      disabledSites: ['example.com'],
      density: 'all',
      openOn: 'click',
    });
    expect(read.settings).not.toHaveProperty('extra');
    expect(read.unreadable).toEqual(['enabled', 'categories', 'style', 'hoverDelayMs', 'badge']);
  });
});

describe('writing settings never loses what was stored', () => {
  const full = Array.from({ length: SITE_LIMIT }, (_, i) => `site${i}.example`).sort();

  it('refuses a site past the limit with a message, and keeps the whole list', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, disabledSites: full } });
    const refused = await setSiteEnabled('one-more.example', false).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(SettingsRefusedError);
    expect((refused as Error).message).toMatch(/at most 5,000 sites/);
    expect((await loadSettings()).disabledSites).toEqual(full);
    // Switching one back on still works, and then there is room again.
    await setSiteEnabled(full[0]!, true);
    await setSiteEnabled('one-more.example', false);
    expect((await loadSettings()).disabledSites).toHaveLength(SITE_LIMIT);
  });

  it('refuses a change of the wrong type and saves nothing', async () => {
    await updateSettings({ style: 'background' });
    await expect(updateSettings({ hoverDelayMs: -5 })).rejects.toBeInstanceOf(SettingsRefusedError);
    expect(await fakeBrowser.storage.local.get(['settings', 'settings$'])).toEqual({
      settings: { ...DEFAULT_SETTINGS, style: 'background' },
      settings$: { v: 2 },
    });
  });

  it('leaves an unreadable stored field as it was when another field changes', async () => {
    await fakeBrowser.storage.local.set({
      settings: { hoverDelayMs: 'slow', categories: ['technique'] },
      settings$: { v: 2 },
    });
    await updateSettings({ style: 'background' });
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({
      settings: { hoverDelayMs: 'slow', categories: ['technique'], style: 'background' },
    });
    const read = readSettings((await fakeBrowser.storage.local.get('settings')).settings);
    expect(read.unreadable).toEqual(['hoverDelayMs']);
    expect(read.settings.hoverDelayMs).toBe(DEFAULT_SETTINGS.hoverDelayMs);
  });
});

describe('migration from version 1', () => {
  it('turns the site map and highlightAll into disabledSites and density', () => {
    expect(migrateSettingsToV2(STORED_V1)).toEqual({
      enabled: true,
      disabledSites: ['blog.example.net', 'example.com'],
      density: 'all',
      categories: ['technique', 'safety'],
      style: 'background',
      hoverDelayMs: 500,
      openOn: 'click',
      badge: false,
    });
  });

  it.each([null, 'garbage', 7, [1]])('leaves a stored %j for the reader to repair', (garbage) => {
    expect(migrateSettingsToV2(garbage)).toBe(garbage);
  });

  it('leaves a value that is already v2 as it is', () => {
    const v2 = { ...DEFAULT_SETTINGS, disabledSites: ['example.com'], density: 'all' };
    expect(migrateSettingsToV2(v2)).toEqual(v2);
  });

  it('reads a v1 value with broken sites as no sites off', () => {
    expect(migrateSettingsToV2({ sites: 'example.com', highlightAll: 'yes' })).toEqual({
      disabledSites: [],
      density: 'first',
    });
  });

  it('reads storage written by version 1 up to date, and the next change writes it at version 2', async () => {
    await fakeBrowser.storage.local.set({ settings: STORED_V1, settings$: { v: 1 } });
    const settings = await loadSettings();
    expect(settings.disabledSites).toEqual(['blog.example.net', 'example.com']);
    expect(settings.density).toBe('all');
    expect(settings.style).toBe('background');
    await updateSettings({ badge: true });
    expect(await fakeBrowser.storage.local.get('settings$')).toEqual({ settings$: { v: 2 } });
    expect(await fakeBrowser.storage.local.get('settings')).not.toHaveProperty('settings.sites');
    expect(await loadSettings()).toEqual({ ...settings, badge: true });
  });
});

describe('switching a site', () => {
  it('switches a site off and on again, whatever form the hostname comes in', async () => {
    await setSiteEnabled('https://www.Example.com/page', false);
    let settings = await loadSettings();
    expect(settings.disabledSites).toEqual(['example.com']);
    expect(isSiteEnabled(settings, 'www.example.com')).toBe(false);
    expect(isSiteEnabled(settings, 'EXAMPLE.com')).toBe(false);
    expect(isSiteEnabled(settings, 'blog.example.com')).toBe(true);

    await setSiteEnabled('example.com', false); // twice off is still one entry
    expect((await loadSettings()).disabledSites).toEqual(['example.com']);

    expect(await setSiteEnabled('www.example.com', true)).toBe(true);
    settings = await loadSettings();
    expect(settings.disabledSites).toEqual([]);
    expect(isSiteEnabled(settings, 'example.com')).toBe(true);
  });

  it('refuses a string that is no hostname and saves nothing', async () => {
    expect(await setSiteEnabled('not a host', false)).toBe(false);
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({});
  });

  it('loses no change when several are made at once', async () => {
    await Promise.all([
      updateSettings({ badge: false }),
      setSiteEnabled('a.example', false),
      updateSettings({ style: 'background' }),
      setSiteEnabled('b.example', false),
    ]);
    expect(await loadSettings()).toMatchObject({
      badge: false,
      style: 'background',
      disabledSites: ['a.example', 'b.example'],
    });
  });

  it('keeps every site off while highlighting is off everywhere', async () => {
    await updateSettings({ enabled: false });
    expect(isSiteEnabled(await loadSettings(), 'example.com')).toBe(false);
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({
      settings: { ...DEFAULT_SETTINGS, enabled: false },
    });
  });
});
