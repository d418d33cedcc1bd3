import * as z from 'zod/mini';
import { browser } from '#imports';
import { lazily } from '@/lib/lazily';
import { parseSettingsReply, type Message } from '@/lib/messages';
import { normalizeHostname } from './hostname';
import { loadStoredSettings, watchStoredSettings } from './page-settings';
import {
  isPlainHostname,
  readFields,
  SETTINGS_FIELDS,
  type FieldSpec,
  type Settings,
  type SettingsKey,
  type SettingsRead,
} from './settings-schema';

/**
 * The settings as the extension's pages and its background read and change them, checked with zod
 * schemas built from the schema table (settings-schema.ts) on first use (see lib/lazily.ts); zod/mini,
 * as in every schema the extension itself runs. The content script reads settings with the table alone
 * (page-settings.ts) and never loads zod.
 */

function schemaOf(spec: FieldSpec): z.ZodMiniType {
  switch (spec.kind) {
    case 'boolean':
      return z.boolean();
    case 'choice':
      return z.enum(spec.values as [string, ...string[]]);
    case 'choices':
      return z.array(z.enum(spec.values as [string, ...string[]]));
    case 'int':
      return z.int().check(z.minimum(spec.min), z.maximum(spec.max));
    case 'hostnames':
      return z
        .array(z.string().check(z.refine(isPlainHostname, 'a site is a plain hostname such as example.com')))
        .check(z.maxLength(spec.max));
  }
}

const fields = lazily(
  () =>
    Object.fromEntries(Object.entries(SETTINGS_FIELDS).map(([key, spec]) => [key, schemaOf(spec)])) as Record<
      SettingsKey,
      z.ZodMiniType
    >,
);

/** The exact stored shape: what an imported backup must match (no unknown keys, no wrong types). */
export const strictSettingsSchema = lazily(
  () =>
    // A backup made before the text size existed lacks it and is still whole: the default applies.
    z.strictObject({ ...fields(), textSize: z.optional(fields().textSize) }) as unknown as z.ZodMiniType<Settings>,
);

/** One field's value checked against its schema. */
export const checkField = (key: SettingsKey, value: unknown) => fields()[key].safeParse(value);

/**
 * Reads a stored value field by field with the zod schemas and never throws: see `readFields`. A field
 * that does not fit is used at its default and named in `unreadable` (the options page says so).
 */
export const readSettings = (raw: unknown): SettingsRead =>
  readFields(raw, (key, value) => checkField(key, value).success);

/** A change that was not saved: refused (it does not fit), or storage failed. `message` tells the person why. */
export class SettingsRefusedError extends Error {
  override name = 'SettingsRefusedError';
}

export const loadSettingsRead = (): Promise<SettingsRead> => loadStoredSettings(readSettings);

export async function loadSettings(): Promise<Settings> {
  return (await loadSettingsRead()).settings;
}

/**
 * Only the background writes the settings (settings-writer.ts), one change after another, each applied
 * to what is stored at that moment: a read-change-write in each of two tabs at once lost one of the two.
 * Every other context sends it the change. Rejects with SettingsRefusedError, carrying the person's
 * words, when nothing was saved.
 */
async function requestChange(message: Message): Promise<void> {
  let reply: unknown;
  try {
    reply = await browser.runtime.sendMessage(message);
  } catch {
    reply = null;
  }
  const answer = parseSettingsReply(reply);
  if (!answer.ok) throw new SettingsRefusedError(answer.message);
}

/** Saves the changed fields. Stored fields that could not be read and are not changed stay as they were. */
export function updateSettings(patch: Partial<Settings>): Promise<void> {
  return requestChange({ type: 'change-settings', patch });
}

/**
 * Switches highlighting on or off for one site. Resolves false (and saves nothing) for a string that
 * is no hostname; rejects with SettingsRefusedError when the list is full or storage fails.
 */
export async function setSiteEnabled(hostname: string, enabled: boolean): Promise<boolean> {
  const site = normalizeHostname(hostname);
  if (!site) return false;
  await requestChange({ type: 'change-site', site, enabled });
  return true;
}

/** Calls `onChange` with the settings read whenever any context saves them. Returns the unwatch function. */
export function watchSettingsRead(onChange: (read: SettingsRead) => void): () => void {
  return watchStoredSettings(onChange, readSettings);
}

export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return watchSettingsRead(({ settings }) => onChange(settings));
}
