import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { migrateProfileToV2 } from '@/lib/settings/migrations/profile-v2';
import {
  clearProfile,
  loadProfile,
  PROFILE_UNREADABLE_NOTICE,
  profileItem,
  readProfile,
  saveProfile,
  watchProfile,
} from '@/lib/settings/profile';

/** What version 1 stored under `profile` (no `profile$` meta, so WXT reads it as v1). */
const STORED_V1 = {
  profile: {
    painArea: 'sciatica',
    duration: 'chronic',
    severity: 'moderate',
    conditions: ['osteoporosis'],
    goals: ['relaxation'],
  },
};

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the stored profile', () => {
  it('starts empty, without a notice', async () => {
    expect(await loadProfile()).toEqual({ profile: {}, notice: null });
  });

  it('keeps the answers given so far, and clears them with one call', async () => {
    await saveProfile({ painLocation: 'upper', goals: ['flexibility'], sensitiveMuscles: true });
    expect(await loadProfile()).toEqual({
      profile: { painLocation: 'upper', goals: ['flexibility'], sensitiveMuscles: true },
      notice: null,
    });
    expect(await fakeBrowser.storage.local.get('profile$')).toEqual({ profile$: { v: 2 } });
    await clearProfile();
    expect(await loadProfile()).toEqual({ profile: {}, notice: null });
  });

  it('refuses to save answers that do not fit the schema', async () => {
    await expect(saveProfile({ painLocation: 'neck' } as never)).rejects.toThrow(/painLocation/);
    expect(await fakeBrowser.storage.local.get('profile')).toEqual({});
  });

  it.each([
    ['text', 'garbage'],
    ['a number', 42],
    ['an unknown answer', { profile: { severity: 'unbearable' } }],
    ['an unknown field', { profile: { painLocation: 'lower', mood: 'low' } }],
    ['a missing wrapper', { painLocation: 'lower' }],
  ])('replaces %s with an empty profile and a quiet notice, once', async (_label, garbage) => {
    await fakeBrowser.storage.local.set({ profile: garbage, profile$: { v: 2 } });
    expect(await loadProfile()).toEqual({ profile: {}, notice: PROFILE_UNREADABLE_NOTICE });
    expect(await loadProfile()).toEqual({ profile: {}, notice: null });
  });

  it('reads an unreadable value as empty for other contexts, leaving it for the checker to report', async () => {
    await fakeBrowser.storage.local.set({ profile: 'garbage', profile$: { v: 2 } });
    expect(await readProfile()).toEqual({});
    expect(await loadProfile()).toEqual({ profile: {}, notice: PROFILE_UNREADABLE_NOTICE });
    await saveProfile({ spread: 'widespread' });
    expect(await readProfile()).toEqual({ spread: 'widespread' });
  });

  it('tells a watcher about saves from another context, and reads a cleared profile as empty', async () => {
    const seen: unknown[] = [];
    const unwatch = watchProfile((profile) => seen.push(profile));
    await saveProfile({ duration: 'acute' });
    await clearProfile();
    unwatch();
    await saveProfile({ duration: 'chronic' });
    expect(seen).toEqual([{ duration: 'acute' }, {}]);
  });
});

describe('migrations', () => {
  it('v1 → v2: renames painArea to painLocation and maps its values, keeping the other answers', async () => {
    await fakeBrowser.storage.local.set({ profile: STORED_V1 });
    await profileItem.migrate();
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
    expect(await fakeBrowser.storage.local.get('profile$')).toEqual({ profile$: { v: 2 } });
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
