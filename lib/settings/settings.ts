import { z } from 'zod';
import { storage } from '#imports';
import { CATEGORIES, CategorySchema } from '../guide/schema';

/** The person's preferences. Parsed on every read: a stored value that does not fit falls back field by field. */
export const SettingsSchema = z.object({
  enabled: z.boolean().catch(true),
  /** Hostnames where the person switched highlighting off. */
  disabledSites: z.array(z.string()).catch([]),
  categories: z.array(CategorySchema).catch([...CATEGORIES]),
  /** 'first': each term at its first few occurrences per page; 'all': every occurrence. */
  density: z.enum(['first', 'all']).catch('first'),
  style: z.enum(['underline', 'background']).catch('underline'),
  hoverDelayMs: z.number().int().min(0).max(2000).catch(300),
  openOn: z.enum(['hover', 'click']).catch('hover'),
  badge: z.boolean().catch(true),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function loadSettings(): Promise<Settings> {
  return SettingsSchema.parse((await settingsItem.getValue()) ?? {});
}

export function isSiteEnabled(settings: Settings, hostname: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(hostname.toLowerCase());
}
