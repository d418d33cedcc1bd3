import { storage } from '#imports';
import { normalizeHostname } from './hostname';
import {
  checkField,
  DEFAULT_SETTINGS,
  isRecord,
  readSettings,
  SETTINGS_KEY,
  SETTINGS_MIGRATIONS,
  SETTINGS_VERSION,
  SITE_LIMIT,
  type Settings,
  type SettingsKey as Key,
  type SettingsRead,
} from './settings-read';

export { normalizeHostname };
export {
  DEFAULT_SETTINGS,
  isSiteEnabled,
  MAX_HOVER_DELAY_MS,
  readSettings,
  SITE_LIMIT,
  strictSettingsSchema,
  type Settings,
  type SettingsRead,
} from './settings-read';

/** A change the settings cannot take. Nothing was saved; `message` tells the person why. */
export class SettingsRefusedError extends Error {
  override name = 'SettingsRefusedError';
}

export const settingsItem = storage.defineItem<Settings>(`local:${SETTINGS_KEY}`, {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});

export async function loadSettingsRead(): Promise<SettingsRead> {
  return readSettings(await settingsItem.getValue());
}

export async function loadSettings(): Promise<Settings> {
  return (await loadSettingsRead()).settings;
}

/** Why a changed field does not fit, in the person's words. */
function refusal(key: Key, value: unknown): string {
  if (key === 'disabledSites' && Array.isArray(value) && value.length > SITE_LIMIT) {
    const limit = SITE_LIMIT.toLocaleString('en');
    return `Highlighting can be off on at most ${limit} sites. Switch it back on for some first; nothing was changed.`;
  }
  return `The setting “${key}” cannot take that value; nothing was changed.`;
}

let saving: Promise<unknown> = Promise.resolve();

/**
 * Applies a change to the latest stored settings (not a possibly stale copy) and saves the result.
 * Changes from this context run one after another, so two quick clicks never overwrite each other.
 * Only the changed fields are written: a stored field that could not be read stays as it was. A change
 * that does not fit (the site list past its limit) saves nothing and rejects with SettingsRefusedError.
 */
export function updateSettings(
  change: Partial<Settings> | ((current: Settings) => Partial<Settings>),
): Promise<Settings> {
  const next = saving.then(async () => {
    const raw = await settingsItem.getValue();
    const patch = typeof change === 'function' ? change(readSettings(raw).settings) : change;
    for (const [key, value] of Object.entries(patch) as [Key, unknown][]) {
      if (!checkField(key, value).success) throw new SettingsRefusedError(refusal(key, value));
    }
    const updated = { ...(isRecord(raw) ? raw : {}), ...patch } as Settings;
    await settingsItem.setValue(updated);
    return readSettings(updated).settings;
  });
  saving = next.catch(() => undefined);
  return next;
}

/** Calls `onChange` with the settings read whenever any context saves them. Returns the unwatch function. */
export function watchSettingsRead(onChange: (read: SettingsRead) => void): () => void {
  const unwatch = settingsItem.watch((raw) => onChange(readSettings(raw)));
  return () => {
    // After the extension is reloaded or disabled the browser has dropped the listener itself, and
    // removing it throws "Extension context invalidated" into the page's console.
    try {
      unwatch();
    } catch {
      // already gone
    }
  };
}

export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return watchSettingsRead(({ settings }) => onChange(settings));
}

/**
 * Switches highlighting on or off for one site. Returns null (and saves nothing) for a string that is
 * no hostname; rejects with SettingsRefusedError when the list is full.
 */
export async function setSiteEnabled(hostname: string, enabled: boolean): Promise<Settings | null> {
  const host = normalizeHostname(hostname);
  if (!host) return null;
  return updateSettings(({ disabledSites }) => {
    const others = disabledSites.filter((site) => site !== host);
    return { disabledSites: enabled ? others : [...others, host].sort() };
  });
}
