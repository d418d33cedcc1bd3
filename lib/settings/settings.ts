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

const fields = () => ({
  enabled: z.boolean(),
  /** Hostnames (normalised) where the person switched highlighting off. */
  disabledSites: z
    .array(
      z.string().check(z.refine((s) => normalizeHostname(s) === s, 'a site is a plain hostname such as example.com')),
    )
    .check(z.maxLength(5000)),
  categories: z.array(z.enum(CATEGORIES)),
  /** 'first': each term at its first few occurrences per page; 'all': every occurrence. */
  density: z.enum(['first', 'all']),
  style: z.enum(['underline', 'background']),
  hoverDelayMs: z.int().check(z.minimum(0), z.maximum(MAX_HOVER_DELAY_MS)),
  openOn: z.enum(['hover', 'click']),
  badge: z.boolean(),
});
type Fields = ReturnType<typeof fields>;

/** The exact stored shape: what an imported backup must match (no unknown keys, no wrong types). */
export const strictSettingsSchema = lazily(() => z.strictObject(fields()));
export type Settings = z.infer<ReturnType<typeof strictSettingsSchema>>;

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

function withFallbacks(fields: Fields): { [K in keyof Fields]: z.ZodMiniCatch<Fields[K]> } {
  const entries = Object.entries(fields).map(([key, schema]) => [
    key,
    z.catch(schema as z.ZodMiniType, DEFAULT_SETTINGS[key as keyof Settings]),
  ]);
  return Object.fromEntries(entries) as never;
}

/**
 * The person's preferences as read from storage. Parsed on every read and never throws: a stored
 * value that does not fit falls back field by field, unknown keys are dropped, a non-object is read
 * as the defaults.
 */
export const settingsSchema = lazily(() =>
  z.pipe(
    z.transform((raw: unknown) => (raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? raw : {})),
    z.object(withFallbacks(fields())),
  ),
);

/** Version 1 stored `sites: {hostname: boolean}` and `highlightAll`; see ./migrations/settings-v2.ts. */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: { 2: migrateSettingsToV2 },
});

export async function loadSettings(): Promise<Settings> {
  return settingsSchema().parse(await settingsItem.getValue());
}

let saving: Promise<unknown> = Promise.resolve();

/**
 * Applies a change to the latest stored settings (not a possibly stale copy) and saves the result.
 * Changes from this context run one after another, so two quick clicks never overwrite each other.
 */
export function updateSettings(
  change: Partial<Settings> | ((current: Settings) => Partial<Settings>),
): Promise<Settings> {
  const next = saving.then(async () => {
    const current = await loadSettings();
    const updated = settingsSchema().parse({
      ...current,
      ...(typeof change === 'function' ? change(current) : change),
    });
    await settingsItem.setValue(updated);
    return updated;
  });
  saving = next.catch(() => undefined);
  return next;
}

/** Calls `onChange` with the parsed settings whenever any context saves them. Returns the unwatch function. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((raw) => onChange(settingsSchema().parse(raw)));
}

export function isSiteEnabled(settings: Settings, hostname: string): boolean {
  const host = normalizeHostname(hostname) ?? hostname.toLowerCase();
  return settings.enabled && !settings.disabledSites.includes(host);
}

/** Switches highlighting on or off for one site. Returns null (and saves nothing) for a string that is no hostname. */
export async function setSiteEnabled(hostname: string, enabled: boolean): Promise<Settings | null> {
  const host = normalizeHostname(hostname);
  if (!host) return null;
  return updateSettings(({ disabledSites }) => {
    const others = disabledSites.filter((site) => site !== host);
    return { disabledSites: enabled ? others : [...others, host].sort() };
  });
}
