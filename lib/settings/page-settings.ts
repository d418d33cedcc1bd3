import { browser } from '#imports';
import { releaseQuietly } from '@/lib/release-quietly';
import {
  isPlainHostname,
  readFields,
  readStoredSettings,
  SETTINGS_FIELDS,
  SETTINGS_KEY,
  SETTINGS_VERSION_KEY,
  type FieldSpec,
  type Settings,
  type SettingsRead,
} from './settings-schema';

/**
 * The settings as the content script reads them: one `storage.local.get` and a listener, checked with
 * the schema table itself, without zod (see settings-schema.ts). The zod reader in settings.ts reads
 * storage through the same two functions with its own check.
 */

/** Whether `value` fits `spec`: the same answer as the field's zod schema, without zod. */
export function fitsField(spec: FieldSpec, value: unknown): boolean {
  switch (spec.kind) {
    case 'boolean':
      return typeof value === 'boolean';
    case 'choice':
      return typeof value === 'string' && spec.values.includes(value);
    case 'choices':
      return Array.isArray(value) && value.every((v) => typeof v === 'string' && spec.values.includes(v));
    case 'int':
      return Number.isSafeInteger(value) && (value as number) >= spec.min && (value as number) <= spec.max;
    case 'hostnames':
      return Array.isArray(value) && value.length <= spec.max && value.every(isPlainHostname);
  }
}

/** `readFields` with the table's own check: the content script's reader. */
export const readPlainSettings = (raw: unknown): SettingsRead =>
  readFields(raw, (key, value) => fitsField(SETTINGS_FIELDS[key], value));

/** Reads the stored settings with `read`. */
export async function loadStoredSettings(read: (raw: unknown) => SettingsRead): Promise<SettingsRead> {
  const stored = await browser.storage.local.get([SETTINGS_KEY, SETTINGS_VERSION_KEY]);
  return readStoredSettings(stored[SETTINGS_KEY], stored[SETTINGS_VERSION_KEY], read);
}

export async function loadPageSettings(): Promise<Settings> {
  return (await loadStoredSettings(readPlainSettings)).settings;
}

/**
 * Calls `onChange` with the settings read afresh with `read` whenever any context saves them or their
 * version mark. Returns the unwatch function, safe to call once the extension has gone (its
 * listener went with it, and removing it then throws).
 */
export function watchStoredSettings(
  onChange: (read: SettingsRead) => void,
  read: (raw: unknown) => SettingsRead,
): () => void {
  const listener = (changes: Record<string, unknown>) => {
    if (Object.hasOwn(changes, SETTINGS_KEY) || Object.hasOwn(changes, SETTINGS_VERSION_KEY))
      void loadStoredSettings(read).then(onChange, () => undefined);
  };
  browser.storage.local.onChanged.addListener(listener);
  return releaseQuietly(() => browser.storage.local.onChanged.removeListener(listener));
}

export function watchPageSettings(onChange: (settings: Settings) => void): () => void {
  return watchStoredSettings(({ settings }) => onChange(settings), readPlainSettings);
}
