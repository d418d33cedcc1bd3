import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { migrateProfileToV2 } from '@/lib/settings/migrations/profile-v2';
import { clearProfile, loadProfile, readProfile, readStoredProfile, saveProfile } from '@/lib/settings/profile';
import { readPrivate } from '@/lib/settings/private-store';

/** What version 1 stored under `profile` (no `profile$` mark, so it reads as v1), in `storage.local`. */
const STORED_V1 = {
  profile: {
    painArea: 'sciatica',
    duration: 'chronic',
    severity: 'moderate',
    conditions: ['osteoporosis'],
    goals: ['relaxation'],
  },
};

beforeEach(async () => {
  fakeBrowser.reset();
  await clearProfile();
});

/** What the extension's private store holds for the profile. */
const stored = () => readPrivate(['profile', 'profile$', 'profile-aside']);

describe('the stored profile', () => {
  it('starts empty, without a notice', async () => {
    expect(await loadProfile()).toEqual({ profile: {}, notice: null });
  });

  it('keeps the answers given so far out of storage.local, and clears them with one call', async () => {
    await saveProfile({ painLocation: 'upper', goals: ['flexibility'], sensitiveMuscles: true });
    expect(await loadProfile()).toEqual({
      profile: { painLocation: 'upper', goals: ['flexibility'], sensitiveMuscles: true },
      notice: null,
    });
    expect(await stored()).toMatchObject({ profile$: { v: 2 } });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    await clearProfile();
    expect(await loadProfile()).toEqual({ profile: {}, notice: null });
    expect(await stored()).toEqual({ profile: undefined, profile$: undefined, 'profile-aside': undefined });
  });

  it('refuses to save answers that do not fit the schema', async () => {
    await expect(saveProfile({ painLocation: 'neck' } as never)).rejects.toThrow(/painLocation/);
    expect((await stored()).profile).toBeUndefined();
  });

  it('keeps answers it cannot read beside the ones it can, names them, and writes them back on save', async () => {
    const newer = { painLocation: 'lower', severity: 'unbearable', mood: 'low', duration: 'acute' };
    await fakeBrowser.storage.local.set({ profile: { profile: newer }, profile$: { v: 2 } });
    const loaded = await loadProfile();
    expect(loaded.profile).toEqual({ painLocation: 'lower', duration: 'acute' });
    expect(loaded.notice).toMatch(/\(severity, mood\)/);
    await saveProfile({ painLocation: 'upper' }); // the person changed one answer and cleared another
    expect((await stored()).profile).toEqual({
      profile: { severity: 'unbearable', mood: 'low', painLocation: 'upper' },
    });
    expect(await readStoredProfile()).toMatchObject({ kept: { severity: 'unbearable', mood: 'low' } });
  });

  it.each([
    ['text', 'garbage', { v: 2 }],
    ['a number', 42, { v: 2 }],
    ['a missing wrapper', { painLocation: 'lower' }, { v: 2 }],
    ['a version mark past this version', { profile: { painLocation: 'lower' } }, { v: 3 }],
    ['a version mark that is no whole number', { profile: { painLocation: 'lower' } }, { v: -1e12 }],
  ])(
    'never deletes %s: it is kept, named, set aside on save, and cleared only by the person',
    async (_l, value, meta) => {
      await fakeBrowser.storage.local.set({ profile: value, profile$: meta });
      for (let read = 0; read < 2; read++)
        expect(await loadProfile()).toEqual({
          profile: {},
          notice: expect.stringMatching(/could not be read. They are kept/),
        });
      expect(await readProfile()).toEqual({});
      expect((await readStoredProfile()).unreadable).toEqual([{ profile: value, profile$: meta }]);
      await saveProfile({ spread: 'widespread' });
      expect(await readProfile()).toEqual({ spread: 'widespread' });
      expect((await stored())['profile-aside']).toEqual([{ profile: value, profile$: meta }]);
      expect((await loadProfile()).notice).toMatch(/could not be read/);
      await clearProfile();
      expect(await loadProfile()).toEqual({ profile: {}, notice: null });
    },
  );
});

describe('moving the profile out of storage.local', () => {
  it('moves a stored profile into the private store and then removes the old keys', async () => {
    await fakeBrowser.storage.local.set({
      profile: { profile: { duration: 'chronic' } },
      profile$: { v: 2 },
      other: 1,
    });
    expect(await readProfile()).toEqual({ duration: 'chronic' });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ other: 1 });
    expect(await stored()).toMatchObject({ profile: { profile: { duration: 'chronic' } }, profile$: { v: 2 } });
  });

  it('keeps the old keys when the private store cannot be written', async () => {
    await fakeBrowser.storage.local.set({ profile: { profile: { duration: 'chronic' } } });
    const failing = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(await readStoredProfile()).toEqual({ profile: {}, kept: {}, unreadable: [], failed: true });
    expect((await loadProfile()).notice).toMatch(/storage failed. Nothing was changed/);
    failing.mockRestore();
    expect(await fakeBrowser.storage.local.get('profile')).toEqual({ profile: { profile: { duration: 'chronic' } } });
    expect(await readProfile()).toEqual({ duration: 'chronic' });
  });

  it('sets an old value aside rather than trusting it over the profile already moved', async () => {
    await saveProfile({ duration: 'acute' });
    // Any content script can write storage.local: an old key found later does not replace the answers.
    await fakeBrowser.storage.local.set({ profile: { profile: { duration: 'chronic' } } });
    expect(await readProfile()).toEqual({ duration: 'acute' });
    expect((await stored())['profile-aside']).toEqual([{ profile: { profile: { duration: 'chronic' } } }]);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});

describe('migrations', () => {
  it('v1 → v2: renames painArea to painLocation and maps its values, keeping the other answers', async () => {
    await fakeBrowser.storage.local.set({ profile: STORED_V1 });
    expect(await loadProfile()).toEqual({
      profile: {
        painLocation: 'radiating-leg',
        duration: 'chronic',
        severity: 'moderate',
        conditions: ['osteoporosis'],
        goals: ['relaxation'],
      },
      notice: null,
    });
    await saveProfile({ duration: 'acute' });
    expect(await stored()).toMatchObject({ profile: { profile: { duration: 'acute' } }, profile$: { v: 2 } });
  });

  it.each([
    ['lower-back', 'lower'],
    ['upper-back', 'upper'],
    ['sciatica', 'radiating-leg'],
  ])('maps the v1 area %s to %s', (painArea, painLocation) => {
    expect(migrateProfileToV2({ profile: { painArea } })).toEqual({ profile: { painLocation } });
  });

  it('drops an unknown v1 area rather than guessing, and leaves values it cannot read alone', () => {
    expect(migrateProfileToV2({ profile: { painArea: 'neck', goals: [] } })).toEqual({ profile: { goals: [] } });
    expect(migrateProfileToV2('garbage')).toBe('garbage');
    expect(migrateProfileToV2({ profile: null })).toEqual({ profile: null });
  });
});
