import { browser } from '#imports';
import type { SettingsReply } from '@/lib/messages';
import { checkField, readSettings } from './settings';
import {
  DEFAULT_SETTINGS,
  readStoredSettings,
  SETTINGS_FIELDS,
  SETTINGS_KEY,
  SETTINGS_VERSION,
  SETTINGS_VERSION_KEY,
  SITE_LIMIT,
  type Settings,
  type SettingsKey,
} from './settings-schema';
import { isRecord } from './stored-version';
import { describeWriteFailure } from './write-failure';

/**
 * The settings' one writer, run by the background. Changes from every tab, the card and the shortcut
 * arrive as messages and are applied here one after another, each to what is stored at that moment,
 * so none is lost. `storage.local` offers no compare-and-set, and a read-change-write in two tabs at
 * once kept only one of the two.
 */
export type SettingsChange =
  | { patch: Record<string, unknown> }
  /** `'toggle'`: the opposite of the site's switch as stored when the change is applied. */
  | { site: string; enabled: boolean | 'toggle' };

/** Why a changed field does not fit, in the person's words. */
function refusal(key: string, value: unknown): string {
  if (key === 'disabledSites' && Array.isArray(value) && value.length > SITE_LIMIT) {
    const limit = SITE_LIMIT.toLocaleString('en');
    return `Highlighting can be off on at most ${limit} sites. Switch it back on for some first; nothing was changed.`;
  }
  return `The setting “${key}” cannot take that value; nothing was changed.`;
}

function patchOf(change: SettingsChange, current: Settings): Partial<Settings> {
  if ('patch' in change) return change.patch as Partial<Settings>;
  const others = current.disabledSites.filter((site) => site !== change.site);
  const enabled = change.enabled === 'toggle' ? others.length < current.disabledSites.length : change.enabled;
  return { disabledSites: enabled ? others : [...others, change.site].sort() };
}

async function apply(change: SettingsChange): Promise<SettingsReply> {
  const stored = await browser.storage.local.get([SETTINGS_KEY, SETTINGS_VERSION_KEY]);
  const raw: unknown = stored[SETTINGS_KEY];
  const read = readStoredSettings(raw, stored[SETTINGS_VERSION_KEY], (value) => ({
    ...readSettings(value),
    base: value,
  }));
  const patch = patchOf(change, read.settings);
  for (const [key, value] of Object.entries(patch)) {
    if (!Object.hasOwn(SETTINGS_FIELDS, key) || !checkField(key as SettingsKey, value).success)
      return { ok: false, message: refusal(key, value) };
  }
  // Brought up to date when its mark could be read; else as stored, so unreadable fields stay kept.
  const base = isRecord(read.base) ? read.base : isRecord(raw) ? raw : DEFAULT_SETTINGS;
  try {
    await browser.storage.local.set({
      [SETTINGS_KEY]: { ...base, ...patch },
      [SETTINGS_VERSION_KEY]: { v: SETTINGS_VERSION },
    });
  } catch (error) {
    return { ok: false, message: describeWriteFailure(error) };
  }
  return { ok: true };
}

let queue: Promise<unknown> = Promise.resolve();

/** Applies one change after the ones before it. Never rejects: a change not saved says why. */
export function applySettingsChange(change: SettingsChange): Promise<SettingsReply> {
  const next = queue
    .then(() => apply(change))
    .catch((error: unknown) => ({
      ok: false as const,
      message: describeWriteFailure(error),
    }));
  queue = next;
  return next;
}
