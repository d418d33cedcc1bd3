import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { listenForSettingsChanges } from './support/background';
import { loadPageSettings, readPlainSettings } from '@/lib/settings/page-settings';
import { clearProfile, loadProfile } from '@/lib/settings/profile';
import { readPrivate } from '@/lib/settings/private-store';
import { loadSettings, loadSettingsRead, readSettings, setSiteEnabled, updateSettings } from '@/lib/settings/settings';
import { DEFAULT_SETTINGS, readStoredSettings } from '@/lib/settings/settings-schema';
import { readVersionMark } from '@/lib/settings/stored-version';
import { STORAGE_FULL_MESSAGE } from '@/lib/settings/write-failure';
import { routeMessagesToListeners, sendToListeners } from './support/send-message';

beforeEach(async () => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  listenForSettingsChanges();
  routeMessagesToListeners();
  await clearProfile();
});

describe('version marks', () => {
  it.each([
    [undefined, 1],
    [{}, 1],
    [{ v: 1 }, 1],
    [{ v: 2 }, 2],
    [{ v: 3 }, null],
    [{ v: 0 }, null],
    [{ v: -1e12 }, null],
    [{ v: 1.5 }, null],
    [{ v: '2' }, null],
    [{ v: Number.NaN }, null],
    [{ v: Infinity }, null],
    ['v2', null],
    [[2], null],
  ])('%j reads as %j', (meta, version) => {
    expect(readVersionMark(meta, 2)).toBe(version);
  });

  it('reads a value under a mark that is not one as unreadable everywhere, at the defaults', async () => {
    await fakeBrowser.storage.local.set({ settings: { style: 'background' }, settings$: { v: -1e12 } });
    expect(await loadPageSettings()).toEqual(DEFAULT_SETTINGS);
    const read = await loadSettingsRead();
    expect(read.settings).toEqual(DEFAULT_SETTINGS);
    expect(read.unreadable).toEqual(Object.keys(DEFAULT_SETTINGS));
  });
});

/** Random and hostile values, from a seeded generator so a failure can be replayed. */
function hostileValues(seed: number, count: number): unknown[] {
  let state = seed;
  const next = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const leaves = [null, undefined, true, 0, -1, -1e12, 1e308, 2.5, Number.NaN, '', 'x'.repeat(10_000), [], {}];
  const make = (depth: number): unknown => {
    const pick = next();
    if (depth > 2 || pick < 0.4) return leaves[Math.floor(next() * leaves.length)];
    if (pick < 0.6) return Array.from({ length: Math.floor(next() * 5) }, () => make(depth + 1));
    const keys = [
      'v',
      'profile',
      'enabled',
      'disabledSites',
      'categories',
      'hoverDelayMs',
      '__proto__',
      'painLocation',
    ];
    return Object.fromEntries(keys.filter(() => next() < 0.5).map((key) => [key, make(depth + 1)]));
  };
  return Array.from({ length: count }, () => make(0));
}

describe('fuzzing the readers with stored values', () => {
  it('reads any value and mark without throwing, and falls back to defaults field by field', () => {
    const values = hostileValues(29, 400);
    for (let i = 0; i + 1 < values.length; i += 2) {
      for (const read of [readPlainSettings, readSettings]) {
        const result = readStoredSettings(values[i], values[i + 1], read);
        expect(Object.keys(result.settings).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
      }
    }
  });

  it('loads a profile from any stored value without throwing or deleting it', async () => {
    for (const [value, meta] of hostileValues(7, 40).map((v, i, all) => [v, all[(i + 1) % all.length]])) {
      await clearProfile();
      await fakeBrowser.storage.local.set({ profile: value ?? 'kept', profile$: meta ?? null });
      const { profile: asStored } = await fakeBrowser.storage.local.get('profile');
      const loaded = await loadProfile();
      expect(loaded.profile).toBeTypeOf('object');
      const stored = (await readPrivate(['profile'])).profile;
      expect(stored).toEqual(asStored);
    }
  });
});

describe('the settings writer', () => {
  it('lands every change when many arrive at once', async () => {
    const sites = Array.from({ length: 20 }, (_, i) => `site${i}.example`);
    await Promise.all([...sites.map((site) => setSiteEnabled(site, false)), updateSettings({ badge: false })]);
    expect(await loadSettings()).toMatchObject({ badge: false, disabledSites: [...sites].sort() });
  });

  it('says in plain words that storage is full, and keeps what was stored', async () => {
    await updateSettings({ style: 'background' });
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('Resource::kQuotaBytes quota exceeded'));
    const failure = await updateSettings({ badge: false }).catch((error: unknown) => error);
    expect((failure as Error).message).toBe(STORAGE_FULL_MESSAGE);
    expect((failure as Error).message).not.toMatch(/kQuotaBytes/);
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, style: 'background' });
  });

  it('lets a content script switch off only the site it runs on', async () => {
    const page = { url: 'https://www.example.com/back', tab: { id: 1 } };
    const ask = async (message: object) => (await sendToListeners(message, page)).find((r) => r !== undefined);
    expect(await ask({ type: 'change-settings', patch: { enabled: false } })).toBeUndefined();
    expect(await ask({ type: 'change-site', site: 'other.example', enabled: false })).toBeUndefined();
    expect(await ask({ type: 'change-site', site: 'example.com', enabled: true })).toBeUndefined();
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await ask({ type: 'change-site', site: 'example.com', enabled: false })).toEqual({ ok: true });
    expect((await loadSettings()).disabledSites).toEqual(['example.com']);
  });
});
