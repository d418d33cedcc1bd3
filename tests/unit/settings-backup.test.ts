import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  createBackup,
  formatBackupFileName,
  importBackup,
  MAX_BACKUP_BYTES,
  parseBackup,
  type Backup,
} from '@/lib/settings/backup';
import { clearProfile, loadProfile, saveProfile } from '@/lib/settings/profile';
import { listenForSettingsChanges } from './support/background';
import { routeMessagesToListeners } from './support/send-message';
import { loadSettings, updateSettings } from '@/lib/settings/settings';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings-schema';

const SAVED_SETTINGS = { ...DEFAULT_SETTINGS, disabledSites: ['saved.example'], style: 'background' as const };
const SAVED_PROFILE = { painLocation: 'lower' as const, duration: 'chronic' as const };

const GOOD: Backup = {
  format: 'relief-lens-backup',
  version: 1,
  exportedAt: '2026-11-25T10:00:00.000Z',
  settings: { ...DEFAULT_SETTINGS, disabledSites: ['example.com'], density: 'all', hoverDelayMs: 600, badge: false },
  profile: { painLocation: 'upper', duration: 'acute', severity: 'mild', spread: 'localized', goals: ['relaxation'] },
};

const file = (content: unknown) => new Blob([typeof content === 'string' ? content : JSON.stringify(content)]);

beforeEach(async () => {
  fakeBrowser.reset();
  listenForSettingsChanges();
  routeMessagesToListeners();
  await clearProfile();
  await updateSettings(SAVED_SETTINGS);
  await saveProfile(SAVED_PROFILE);
});

async function expectNothingChanged() {
  expect(await loadSettings()).toEqual(SAVED_SETTINGS);
  expect((await loadProfile()).profile).toEqual(SAVED_PROFILE);
}

describe('a backup made before the text size setting', () => {
  it('imports whole, and the text size is the default', async () => {
    const { textSize: _, ...older } = GOOD.settings;
    const result = parseBackup(JSON.stringify({ ...GOOD, settings: older }));
    expect(result.ok).toBe(true);
    expect(await importBackup(file({ ...GOOD, settings: older }))).toMatchObject({ ok: true });
    expect(await loadSettings()).toMatchObject({ hoverDelayMs: 600, textSize: 'standard' });
  });

  it('refuses a text size it does not know', () => {
    expect(parseBackup(JSON.stringify({ ...GOOD, settings: { ...GOOD.settings, textSize: 'huge' } })).ok).toBe(false);
  });
});

describe('export', () => {
  it('writes the saved settings and answers into a document import reads back', async () => {
    const backup = await createBackup(new Date('2026-11-25T10:00:00Z'));
    expect(backup).toEqual({
      format: 'relief-lens-backup',
      version: 1,
      exportedAt: '2026-11-25T10:00:00.000Z',
      settings: SAVED_SETTINGS,
      profile: SAVED_PROFILE,
    });
    expect(parseBackup(JSON.stringify(backup))).toEqual({ ok: true, backup });
    expect(formatBackupFileName(backup.exportedAt)).toBe('relief-lens-backup-2026-11-25.json');
  });

  it('keeps stored settings that could not be read, as stored, and imports without writing them', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...SAVED_SETTINGS, hoverDelayMs: 'slow' } });
    const backup = await createBackup(new Date('2026-11-25T10:00:00Z'));
    expect(backup.settings).toEqual({ ...SAVED_SETTINGS, hoverDelayMs: DEFAULT_SETTINGS.hoverDelayMs });
    expect(backup.unreadableSettings).toEqual({ hoverDelayMs: 'slow' });
    expect(await importBackup(file(backup))).toMatchObject({ ok: true });
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({ settings: backup.settings });
  });

  it('keeps a settings value whose version mark is not one whole, with its mark', async () => {
    await fakeBrowser.storage.local.set({ settings: SAVED_SETTINGS, settings$: { v: -1e12 } });
    const backup = await createBackup(new Date('2026-11-25T10:00:00Z'));
    expect(backup.settings).toEqual(DEFAULT_SETTINGS);
    expect(backup.unreadableSettings).toEqual({ settings: SAVED_SETTINGS, settings$: { v: -1e12 } });
    expect(parseBackup(JSON.stringify(backup))).toEqual({ ok: true, backup });
  });

  it('makes no backup when the answers cannot be read, rather than one without them', async () => {
    const failing = vi.spyOn(IDBObjectStore.prototype, 'get').mockImplementation(() => {
      throw new DOMException('broken', 'UnknownError');
    });
    await expect(createBackup()).rejects.toThrow(/no backup was made/);
    failing.mockRestore();
    expect((await createBackup()).profile).toEqual(SAVED_PROFILE);
  });

  it('carries answers this version cannot read through export and import', async () => {
    await clearProfile();
    await fakeBrowser.storage.local.set({
      profile: { profile: { ...SAVED_PROFILE, mood: 'low' } },
      profile$: { v: 2 },
    });
    const backup = await createBackup(new Date('2026-11-25T10:00:00Z'));
    expect(backup).toMatchObject({ profile: SAVED_PROFILE, keptAnswers: { mood: 'low' } });
    await clearProfile();
    expect(await importBackup(file(JSON.parse(JSON.stringify(backup))))).toMatchObject({ ok: true });
    expect(await createBackup(new Date('2026-11-25T10:00:00Z'))).toEqual(backup);
  });
});

describe('import', () => {
  it('saves the settings and the answers of a good file', async () => {
    expect(await importBackup(file(GOOD))).toEqual({ ok: true, backup: GOOD });
    expect(await loadSettings()).toEqual(GOOD.settings);
    expect((await loadProfile()).profile).toEqual(GOOD.profile);
  });

  it.each([
    ['not JSON', '{"format": "relief-lens-backup",', /not JSON/],
    ['JSON that is no object', '[1, 2, 3]', /not a Relief Lens backup/],
    ['another format', { ...GOOD, format: 'other-extension' }, /not a Relief Lens backup/],
    ['a newer backup version', { ...GOOD, version: 2 }, /newer Relief Lens \(backup version 2\)/],
    [
      'a wrong type',
      { ...GOOD, settings: { ...GOOD.settings, hoverDelayMs: 'slow' } },
      /settings\.hoverDelayMs: .*expected number/,
    ],
    [
      'an out-of-range value',
      { ...GOOD, settings: { ...GOOD.settings, hoverDelayMs: 99999 } },
      /settings\.hoverDelayMs/,
    ],
    [
      'an unknown key in settings',
      { ...GOOD, settings: { ...GOOD.settings, sendTo: 'https://evil.example' } },
      /settings: .*"sendTo"/,
    ],
    ['an unknown key at the top', { ...GOOD, script: 'alert(1)' }, /the file: .*"script"/],
    [
      'an unknown answer',
      { ...GOOD, profile: { ...GOOD.profile, painLocation: 'everywhere' } },
      /profile\.painLocation/,
    ],
    [
      'a site that is no hostname',
      { ...GOOD, settings: { ...GOOD.settings, disabledSites: ['<img src=x>'] } },
      /settings\.disabledSites\.0: a site is a plain hostname/,
    ],
    ['a missing field', { ...GOOD, settings: { ...GOOD.settings, badge: undefined } }, /settings\.badge/],
    ['a bad date', { ...GOOD, exportedAt: 'yesterday' }, /exportedAt/],
  ])('rejects %s, says why and changes nothing', async (_what, content, message) => {
    const result = await importBackup(file(content));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(message);
    await expectNothingChanged();
  });

  it('lists at most three problems and counts the rest', async () => {
    const settings = { ...GOOD.settings, enabled: 1, badge: 2, style: 3, openOn: 4, density: 5 };
    const result = await importBackup(file({ ...GOOD, settings }));
    expect(!result.ok && result.error).toMatch(/\(and 2 more\)\.$/);
  });

  it('refuses 10 MB of junk by its size, without reading it', async () => {
    const junk = new Blob([new Uint8Array(10_000_000).fill(0x7b)]);
    let read = false;
    const result = await importBackup({ size: junk.size, text: () => ((read = true), junk.text()) });
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/10\.0 MB.*at most 1 MB/) });
    expect(read).toBe(false);
    await expectNothingChanged();
  });

  it('reads a file just under the limit', async () => {
    const padded = JSON.stringify(GOOD, null, 2);
    const text = padded.replace(/\n}$/, `${' '.repeat(MAX_BACKUP_BYTES - padded.length - 2)}\n}`);
    expect(new Blob([text]).size).toBeLessThanOrEqual(MAX_BACKUP_BYTES);
    expect((await importBackup(file(text))).ok).toBe(true);
  });
});
