import { browser } from '#imports';
import {
  isRecord,
  readPlainSettings,
  SETTINGS_KEY,
  SETTINGS_MIGRATIONS,
  SETTINGS_VERSION,
  type Settings,
} from './settings-fields';

/**
 * The settings as the content script reads them: one `storage.local.get` and a listener, checked with
 * the field table the zod schemas are built from, without zod (see settings-fields.ts). It does not use
 * the WXT storage item (lib/settings/settings.ts): defining that item starts its migration (storage
 * reads, maybe writes) as the module loads, in every frame of every page. A value stored before the
 * latest version is brought up to date here in memory; the background and the extension's pages write
 * the migrated value.
 */

/** WXT keeps an item's version next to it, under the item's key with a `$`. */
const VERSION_KEY = `${SETTINGS_KEY}$`;

function upToDate(value: unknown, meta: unknown): unknown {
  if (value === undefined || value === null) return value;
  let version = isRecord(meta) && typeof meta.v === 'number' ? meta.v : 1;
  let migrated = value;
  while (version < SETTINGS_VERSION) migrated = SETTINGS_MIGRATIONS[++version]?.(migrated) ?? migrated;
  return migrated;
}

export async function loadPageSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get([SETTINGS_KEY, VERSION_KEY]);
  return readPlainSettings(upToDate(stored[SETTINGS_KEY], stored[VERSION_KEY])).settings;
}

/** Calls `onChange` with the settings whenever any context saves them. Returns the unwatch function. */
export function watchPageSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>) => {
    if (Object.hasOwn(changes, SETTINGS_KEY)) onChange(readPlainSettings(changes[SETTINGS_KEY]?.newValue).settings);
  };
  browser.storage.local.onChanged.addListener(listener);
  return () => browser.storage.local.onChanged.removeListener(listener);
}
