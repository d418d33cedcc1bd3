import * as z from 'zod/mini';
import { ProfileDraftSchema } from '@/lib/suitability/profile-schema';
import { loadProfile, saveProfile } from './profile';
import { readSettings, settingsItem, strictSettingsSchema } from './settings';

/**
 * A backup of the person's settings and checker answers as a JSON file they keep. Import is strict:
 * the whole file must fit before anything is written, so a broken or hostile file changes nothing.
 */
export const BACKUP_FORMAT = 'relief-lens-backup';

// zod/mini ships without messages; the reasons a file is refused are shown to the person, in English.
z.config(z.locales.en());
export const MAX_BACKUP_BYTES = 1_000_000;

export const BackupSchema = z.strictObject({
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
});
export type Backup = z.infer<typeof BackupSchema>;

export type ImportResult = { ok: true; backup: Backup } | { ok: false; error: string };

export async function createBackup(now = new Date()): Promise<Backup> {
  const [stored, { profile }] = await Promise.all([settingsItem.getValue() as Promise<unknown>, loadProfile()]);
  const { settings, unreadable } = readSettings(stored);
  const backup: Backup = { format: BACKUP_FORMAT, version: 1, exportedAt: now.toISOString(), settings, profile };
  if (unreadable.length === 0) return backup;
  // A stored value that is no object at all is kept whole.
  const raw = stored !== null && typeof stored === 'object' ? (stored as Record<string, unknown>) : null;
  const kept = raw ? Object.fromEntries(unreadable.map((key) => [key, raw[key]])) : { settings: stored };
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
  await settingsItem.setValue(result.backup.settings);
  await saveProfile(result.backup.profile);
  return result;
}
