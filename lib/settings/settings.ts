// zod/mini, as in every schema the extension itself runs: the content script builds these on every page
// load, and with classic zod that took ~35 ms more script time (profiled) and 66 KB more of content.js.
// They are built on first use (see lib/lazily.ts).
import * as z from 'zod/mini';
import { storage } from '#imports';
import { lazily } from '@/lib/lazily';
import { CATEGORIES } from '@/lib/guide/vocabulary';
import { normalizeHostname } from './hostname';
import { migrateSettingsToV2 } from './migrations/settings-v2';

export { normalizeHostname };

/** The longest wait before a card opens on hover that a person may set. */
export const MAX_HOVER_DELAY_MS = 2000;

/** How many sites can be switched off: every page load reads the list. */
export const SITE_LIMIT = 5000;

const fields = lazily(() => ({
  enabled: z.boolean(),
  /** Hostnames (normalised) where the person switched highlighting off. */
  disabledSites: z
    .array(
      z.string().check(z.refine((s) => normalizeHostname(s) === s, 'a site is a plain hostname such as example.com')),
    )
    .check(z.maxLength(SITE_LIMIT)),
  categories: z.array(z.enum(CATEGORIES)),
  /** 'first': each term at its first few occurrences per page; 'all': every occurrence. */
  density: z.enum(['first', 'all']),
  style: z.enum(['underline', 'background']),
  hoverDelayMs: z.int().check(z.minimum(0), z.maximum(MAX_HOVER_DELAY_MS)),
  openOn: z.enum(['hover', 'click']),
  badge: z.boolean(),
}));

/** The exact stored shape: what an imported backup must match (no unknown keys, no wrong types). */
export const strictSettingsSchema = lazily(() => z.strictObject(fields()));
export type Settings = z.infer<ReturnType<typeof strictSettingsSchema>>;
type Key = keyof Settings;

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  disabledSites: [],
  categories: [...CATEGORIES],
  density: 'first',
  style: 'underline',
  hoverDelayMs: 300,
  openOn: 'hover',
  badge: true,
};

/** A change the settings cannot take. Nothing was saved; `message` tells the person why. */
export class SettingsRefusedError extends Error {
  override name = 'SettingsRefusedError';
}

/** The settings in use, and which stored fields could not be read (those are in use at their defaults). */
export interface SettingsRead {
  settings: Settings;
  unreadable: Key[];
}

const isRecord = (raw: unknown): raw is Record<string, unknown> =>
  raw !== null && typeof raw === 'object' && !Array.isArray(raw);

const fits = (key: Key, value: unknown) => (fields()[key] as z.ZodMiniType).safeParse(value);

/**
 * Reads a stored value field by field and never throws. A field that does not fit is used at its
 * default and named in `unreadable` (the options page says so); the stored value is not touched, so
 * nothing the person saved is lost (see `updateSettings`). Unknown keys are not read.
 */
export function readSettings(raw: unknown): SettingsRead {
  const keys = Object.keys(DEFAULT_SETTINGS) as Key[];
  if (raw === undefined || raw === null) return { settings: DEFAULT_SETTINGS, unreadable: [] };
  if (!isRecord(raw)) return { settings: DEFAULT_SETTINGS, unreadable: keys };
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  const unreadable: Key[] = [];
  for (const key of keys) {
    if (!Object.hasOwn(raw, key)) continue;
    const result = fits(key, raw[key]);
    if (result.success) settings[key] = result.data;
    else unreadable.push(key);
  }
  return { settings: settings as Settings, unreadable };
}

/** Version 1 stored `sites: {hostname: boolean}` and `highlightAll`; see ./migrations/settings-v2.ts. */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: { 2: migrateSettingsToV2 },
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
      if (!fits(key, value).success) throw new SettingsRefusedError(refusal(key, value));
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

export function isSiteEnabled(settings: Settings, hostname: string): boolean {
  const host = normalizeHostname(hostname) ?? hostname.toLowerCase();
  return settings.enabled && !settings.disabledSites.includes(host);
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
