// zod/mini, as in every schema the extension itself runs. The schemas are built from the plain table in
// settings-schema.ts, on first use (see lib/lazily.ts); the content script reads settings with that
// table alone and never loads zod.
import * as z from 'zod/mini';
import { lazily } from '@/lib/lazily';
import {
  isPlainHostname,
  readFields,
  SETTINGS_FIELDS,
  type FieldSpec,
  type Settings,
  type SettingsKey,
  type SettingsRead,
} from './settings-schema';

export {
  DEFAULT_SETTINGS,
  isRecord,
  isSiteEnabled,
  MAX_HOVER_DELAY_MS,
  SETTINGS_KEY,
  SETTINGS_MIGRATIONS,
  SETTINGS_VERSION,
  SITE_LIMIT,
  type Settings,
  type SettingsKey,
  type SettingsRead,
} from './settings-schema';

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
