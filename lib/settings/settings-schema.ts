import { CATEGORIES, type Category } from '@/lib/guide/vocabulary';
import { normalizeHostname } from './hostname';
import { migrateSettingsToV2 } from './migrations/settings-v2';
import { bringUpToDate, isRecord, versionKeyOf } from './stored-version';

/**
 * The settings as plain data, without zod: what each stored field may hold, written once as a table.
 * Two readers are built from it: the zod schemas (settings.ts), which the extension's pages, the
 * background and imported backups go through, and `fitsField` (page-settings.ts), which the content script uses.
 * The content script runs in every frame of every page, and evaluating zod's module there cost about
 * 4–5 ms of main-thread time per load (a third of the script's fixed cost, measured side by side with
 * an empty content script). A unit test holds both readers to the same answers.
 */

/** Where the settings are kept in `storage.local`, at which version, and how older versions are brought up to it. */
export const SETTINGS_KEY = 'settings';
export const SETTINGS_VERSION_KEY = versionKeyOf(SETTINGS_KEY);
export const SETTINGS_VERSION = 2;
/** Version 1 stored `sites: {hostname: boolean}` and `highlightAll`; see ./migrations/settings-v2.ts. */
const SETTINGS_MIGRATIONS: Record<number, (value: unknown) => unknown> = { 2: migrateSettingsToV2 };

/** The longest wait before a card opens on hover that a person may set. */
export const MAX_HOVER_DELAY_MS = 2000;

/** How many sites can be switched off: every page load reads the list. */
export const SITE_LIMIT = 5000;

export interface Settings {
  enabled: boolean;
  /** Hostnames (normalised) where the person switched highlighting off. */
  disabledSites: string[];
  categories: Category[];
  /** 'first': each term at its first few occurrences per page; 'all': every occurrence. */
  density: 'first' | 'all';
  style: 'underline' | 'background';
  hoverDelayMs: number;
  openOn: 'hover' | 'click';
  badge: boolean;
  /** The text size of cards and the checker. */
  textSize: TextSize;
}
export type SettingsKey = keyof Settings;
const TEXT_SIZES = ['standard', 'large', 'larger'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export type FieldSpec =
  | { kind: 'boolean' }
  /** One of `values`. */
  | { kind: 'choice'; values: readonly string[] }
  /** A list of `values`. */
  | { kind: 'choices'; values: readonly string[] }
  | { kind: 'int'; min: number; max: number }
  /** At most `max` plain hostnames, each as `normalizeHostname` writes it. */
  | { kind: 'hostnames'; max: number };

export const SETTINGS_FIELDS: Record<SettingsKey, FieldSpec> = {
  enabled: { kind: 'boolean' },
  disabledSites: { kind: 'hostnames', max: SITE_LIMIT },
  categories: { kind: 'choices', values: CATEGORIES },
  density: { kind: 'choice', values: ['first', 'all'] },
  style: { kind: 'choice', values: ['underline', 'background'] },
  hoverDelayMs: { kind: 'int', min: 0, max: MAX_HOVER_DELAY_MS },
  openOn: { kind: 'choice', values: ['hover', 'click'] },
  badge: { kind: 'boolean' },
  textSize: { kind: 'choice', values: TEXT_SIZES },
};

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  disabledSites: [],
  categories: [...CATEGORIES],
  density: 'first',
  style: 'underline',
  hoverDelayMs: 300,
  openOn: 'hover',
  badge: true,
  textSize: 'standard',
};

/** The settings in use, and which stored fields could not be read (those are in use at their defaults). */
export interface SettingsRead {
  settings: Settings;
  unreadable: SettingsKey[];
}

export const isPlainHostname = (site: unknown): boolean => typeof site === 'string' && normalizeHostname(site) === site;

/**
 * Reads a stored value field by field with `fits` and never throws. A field that does not fit is used
 * at its default and named in `unreadable` (the options page says so); the stored value is not touched,
 * so nothing the person saved is lost. Unknown keys are not read.
 */
export function readFields(raw: unknown, fits: (key: SettingsKey, value: unknown) => boolean): SettingsRead {
  const keys = Object.keys(DEFAULT_SETTINGS) as SettingsKey[];
  if (raw === undefined || raw === null) return { settings: DEFAULT_SETTINGS, unreadable: [] };
  if (!isRecord(raw)) return { settings: DEFAULT_SETTINGS, unreadable: keys };
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  const unreadable: SettingsKey[] = [];
  for (const key of keys) {
    if (!Object.hasOwn(raw, key)) continue;
    if (fits(key, raw[key])) settings[key] = raw[key];
    else unreadable.push(key);
  }
  return { settings: settings as unknown as Settings, unreadable };
}

/**
 * Reads a stored value and its version mark with `read`, after bringing the value up to date in memory
 * (only the background writes settings): a mark that is not one leaves every field unreadable.
 */
export function readStoredSettings<R extends SettingsRead>(
  value: unknown,
  meta: unknown,
  read: (raw: unknown) => R,
): R {
  const current = bringUpToDate(value, meta, SETTINGS_VERSION, SETTINGS_MIGRATIONS);
  // Not a record, so every field is named unreadable and used at its default.
  return read(current.readable ? current.value : [current.value]);
}

export function isSiteEnabled(settings: Settings, hostname: string): boolean {
  if (!settings.enabled) return false;
  // Most people switch no site off: then every page is spared parsing its own address.
  if (settings.disabledSites.length === 0) return true;
  return !settings.disabledSites.includes(normalizeHostname(hostname) ?? hostname.toLowerCase());
}
