// zod/mini, as in every schema the extension itself runs: the content script checks stored settings on
// every page load, and with classic zod that took ~35 ms more script time (profiled) and 66 KB more of
// content.js. The schemas are built on first use (see lib/lazily.ts).
import * as z from 'zod/mini';
import { lazily } from '@/lib/lazily';
import { CATEGORIES } from '@/lib/guide/vocabulary';
import { normalizeHostname } from './hostname';
import { migrateSettingsToV2 } from './migrations/settings-v2';

/** Where the settings are kept in `storage.local`, at which version, and how older versions are brought up to it. */
export const SETTINGS_KEY = 'settings';
export const SETTINGS_VERSION = 2;
/** Version 1 stored `sites: {hostname: boolean}` and `highlightAll`; see ./migrations/settings-v2.ts. */
export const SETTINGS_MIGRATIONS: Record<number, (value: unknown) => unknown> = { 2: migrateSettingsToV2 };

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
export type SettingsKey = keyof Settings;

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

/** The settings in use, and which stored fields could not be read (those are in use at their defaults). */
export interface SettingsRead {
  settings: Settings;
  unreadable: SettingsKey[];
}

export const isRecord = (raw: unknown): raw is Record<string, unknown> =>
  raw !== null && typeof raw === 'object' && !Array.isArray(raw);

/** One field's value checked against its schema. */
export const checkField = (key: SettingsKey, value: unknown) => (fields()[key] as z.ZodMiniType).safeParse(value);

/**
 * Reads a stored value field by field and never throws. A field that does not fit is used at its
 * default and named in `unreadable` (the options page says so); the stored value is not touched, so
 * nothing the person saved is lost (see `updateSettings`). Unknown keys are not read.
 */
export function readSettings(raw: unknown): SettingsRead {
  const keys = Object.keys(DEFAULT_SETTINGS) as SettingsKey[];
  if (raw === undefined || raw === null) return { settings: DEFAULT_SETTINGS, unreadable: [] };
  if (!isRecord(raw)) return { settings: DEFAULT_SETTINGS, unreadable: keys };
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  const unreadable: SettingsKey[] = [];
  for (const key of keys) {
    if (!Object.hasOwn(raw, key)) continue;
    const result = checkField(key, raw[key]);
    if (result.success) settings[key] = result.data;
    else unreadable.push(key);
  }
  return { settings: settings as Settings, unreadable };
}

export function isSiteEnabled(settings: Settings, hostname: string): boolean {
  const host = normalizeHostname(hostname) ?? hostname.toLowerCase();
  return settings.enabled && !settings.disabledSites.includes(host);
}
