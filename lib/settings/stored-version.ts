/**
 * Version marks of stored values, read as untrusted input. A stored item keeps its version next to it
 * (WXT's convention: under the item's key with a `$`, as `{v: 2}`; a value without a mark is version
 * 1). Storage is shared with every context, a content script included, so anything may be there: a
 * mark is accepted only as a whole number from 1 to the current version. Anything else makes the
 * value unreadable (kept as stored, named, exportable), never a count to loop to: a mark of -1e12
 * once made every frame of every page count up to the current version.
 *
 * No zod here: the content script uses this too (see settings-schema.ts).
 */

export const isRecord = (raw: unknown): raw is Record<string, unknown> =>
  raw !== null && typeof raw === 'object' && !Array.isArray(raw);

export const versionKeyOf = (key: string): string => `${key}$`;

/** The stored version, or null when the mark is not a whole number from 1 to `current`. */
export function readVersionMark(meta: unknown, current: number): number | null {
  if (meta === undefined || meta === null) return 1;
  if (!isRecord(meta)) return null;
  if (!Object.hasOwn(meta, 'v')) return 1;
  const v = meta.v;
  return Number.isSafeInteger(v) && (v as number) >= 1 && (v as number) <= current ? (v as number) : null;
}

export type Migrations = Readonly<Record<number, (value: unknown) => unknown>>;

/** A stored value brought up to `current`, or `readable: false` (value as stored) when its mark is not one. */
export interface UpToDate {
  value: unknown;
  readable: boolean;
}

/**
 * Runs the migrations after the stored version, in memory. The loop is bounded by `current`, a
 * constant of the code, never by anything stored. A migration that throws leaves the value unreadable.
 */
export function bringUpToDate(value: unknown, meta: unknown, current: number, migrations: Migrations): UpToDate {
  if (value === undefined || value === null) return { value: null, readable: true };
  const version = readVersionMark(meta, current);
  if (version === null) return { value, readable: false };
  let migrated = value;
  try {
    for (let next = version + 1; next <= current; next++) migrated = migrations[next]?.(migrated) ?? migrated;
  } catch {
    return { value, readable: false };
  }
  return { value: migrated, readable: true };
}
