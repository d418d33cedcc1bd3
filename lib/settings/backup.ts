import * as z from 'zod/mini';
import { ProfileDraftSchema } from '@/lib/suitability/profile-schema';
import { browser } from '#imports';
import { readStoredProfile, saveProfile } from './profile';
import { readSettings, SettingsRefusedError, strictSettingsSchema, updateSettings } from './settings';
import { readStoredSettings, SETTINGS_KEY, SETTINGS_VERSION_KEY } from './settings-schema';
import { isRecord } from './stored-version';
import { describeWriteFailure } from './write-failure';

/**
 * A backup of the person's settings and checker answers as a JSON file they keep. Import is strict:
 * the whole file must fit before anything is written, so a broken or hostile file changes nothing.
 */
const BACKUP_FORMAT = 'relief-lens-backup';

// zod/mini ships without messages; the reasons a file is refused are shown to the person, in English.
z.config(z.locales.en());
export const MAX_BACKUP_BYTES = 1_000_000;

const BackupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  exportedAt: z.iso.datetime(),
  settings: strictSettingsSchema(),
  /**
   * Stored settings that could not be read, exactly as stored, so a backup keeps what the person had;
   * import does not write them back.
   */
  unreadableSettings: z.optional(z.record(z.string(), z.unknown())),
  profile: ProfileDraftSchema,
  /**
   * Saved answers this version cannot read (a newer version's questions, values it does not know), by
   * field; import writes them back beside the profile.
   */
  keptAnswers: z.optional(z.record(z.string(), z.unknown())),
  /** Saved profiles that could not be read at all, exactly as stored; import does not write them back. */
  unreadableProfile: z.optional(z.array(z.unknown())),
});
export type Backup = z.infer<typeof BackupSchema>;

export type ImportResult = { ok: true; backup: Backup } | { ok: false; error: string };

export async function createBackup(now = new Date()): Promise<Backup> {
  const [stored, { profile, kept: keptAnswers, unreadable: unreadableProfile, failed }] = await Promise.all([
    browser.storage.local.get([SETTINGS_KEY, SETTINGS_VERSION_KEY]),
    readStoredProfile(),
  ]);
  // A backup without the answers because storage failed would look complete, so there is none.
  if (failed) throw new Error('Your saved answers could not be read just now, so no backup was made; try again.');
  const [value, meta] = [stored[SETTINGS_KEY], stored[SETTINGS_VERSION_KEY]];
  const read = readStoredSettings(value, meta, (raw) => ({ ...readSettings(raw), raw }));
  const { settings, unreadable, raw } = read;
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: 1,
    exportedAt: now.toISOString(),
    settings,
    profile,
    ...(Object.keys(keptAnswers).length > 0 && { keptAnswers }),
    ...(unreadableProfile.length > 0 && { unreadableProfile }),
  };
  if (unreadable.length === 0) return backup;
  // A value that is no object at all, or whose version mark is not one, is kept whole with its mark.
  const kept = isRecord(raw)
    ? Object.fromEntries(unreadable.map((key) => [key, raw[key]]))
    : { [SETTINGS_KEY]: value, [SETTINGS_VERSION_KEY]: meta };
  return { ...backup, unreadableSettings: kept };
}

export function formatBackupFileName(exportedAt: string): string {
  return `relief-lens-backup-${exportedAt.slice(0, 10)}.json`;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length ? issue.path.join('.') : 'the file';
  return `${where}: ${issue.message}`;
}

/** Checks a backup's text. Pure: reads nothing, writes nothing. */
export function parseBackup(text: string): ImportResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not JSON, so it is not a Relief Lens backup.' };
  }
  if (
    raw === null ||
    typeof raw !== 'object' ||
    Array.isArray(raw) ||
    (raw as { format?: unknown }).format !== BACKUP_FORMAT
  ) {
    return { ok: false, error: `This is not a Relief Lens backup (it does not say "format": "${BACKUP_FORMAT}").` };
  }
  const version = (raw as { version?: unknown }).version;
  if (typeof version === 'number' && version > 1) {
    return {
      ok: false,
      error: `This backup comes from a newer Relief Lens (backup version ${version}); update the extension to read it.`,
    };
  }
  const result = BackupSchema.safeParse(raw);
  if (result.success) return { ok: true, backup: result.data };
  const issues = result.error.issues;
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
  return { ok: false, error: `This backup does not fit: ${issues.slice(0, 3).map(describeIssue).join('; ')}${more}.` };
}

/**
 * Reads a backup file (a File from an `<input type=file>`, or any Blob) and, only when all of it fits,
 * saves its settings and answers. The size is checked before a byte is read.
 */
export async function importBackup(file: Pick<Blob, 'size' | 'text'>): Promise<ImportResult> {
  if (file.size > MAX_BACKUP_BYTES) {
    const mb = (file.size / 1_000_000).toFixed(1);
    return {
      ok: false,
      error: `This file is ${mb} MB; a Relief Lens backup is far smaller (at most 1 MB), so it was not read.`,
    };
  }
  const result = parseBackup(await file.text());
  if (!result.ok) return result;
  try {
    await updateSettings(result.backup.settings);
    await saveProfile(result.backup.profile, result.backup.keptAnswers);
  } catch (error) {
    return { ok: false, error: error instanceof SettingsRefusedError ? error.message : describeWriteFailure(error) };
  }
  return result;
}
