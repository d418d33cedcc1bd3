import { browser } from '#imports';
import {
  readPlainSettings,
  SETTINGS_KEY,
  SETTINGS_MIGRATIONS,
  SETTINGS_VERSION,
  type Settings,
  type SettingsRead,
} from './settings-schema';
import { bringUpToDate, versionKeyOf } from './stored-version';

/**
 * The settings as the content script reads them: one `storage.local.get` and a listener, checked with
 * the field table the zod schemas are built from, without zod (see settings-schema.ts). A value stored
 * before the latest version is brought up to date here in memory; only the background writes settings.
 */

export const SETTINGS_VERSION_KEY = versionKeyOf(SETTINGS_KEY);

/** Reads a stored value and its version mark: a mark that is not one leaves every field unreadable. */
export function readStoredSettings<R extends SettingsRead = SettingsRead>(
  value: unknown,
  meta: unknown,
  read: (raw: unknown) => R = readPlainSettings as (raw: unknown) => R,
): R {
  const current = bringUpToDate(value, meta, SETTINGS_VERSION, SETTINGS_MIGRATIONS);
  // Not a record, so every field is named unreadable and used at its default.
  return read(current.readable ? current.value : [current.value]);
}

export async function loadStoredSettings(read?: (raw: unknown) => SettingsRead): Promise<SettingsRead> {
  const stored = await browser.storage.local.get([SETTINGS_KEY, SETTINGS_VERSION_KEY]);
  return readStoredSettings(stored[SETTINGS_KEY], stored[SETTINGS_VERSION_KEY], read);
}

export async function loadPageSettings(): Promise<Settings> {
  return (await loadStoredSettings()).settings;
}

/**
 * Calls `onChange` with the settings read afresh whenever any context saves them or their version
 * mark. Returns the unwatch function.
 */
export function watchStoredSettings(
  onChange: (read: SettingsRead) => void,
  read?: (raw: unknown) => SettingsRead,
): () => void {
  const listener = (changes: Record<string, unknown>) => {
    if (Object.hasOwn(changes, SETTINGS_KEY) || Object.hasOwn(changes, SETTINGS_VERSION_KEY))
      void loadStoredSettings(read).then(onChange, () => undefined);
  };
  browser.storage.local.onChanged.addListener(listener);
  return () => browser.storage.local.onChanged.removeListener(listener);
}

export function watchPageSettings(onChange: (settings: Settings) => void): () => void {
  return watchStoredSettings(({ settings }) => onChange(settings));
}
