import { z } from 'zod';
import { storage } from '#imports';
import { ProfileDraftSchema, type ProfileDraft } from '../suitability';
import { migrateProfileToV2 } from './migrations/profile-v2';

/**
 * The person's answers to the suitability questions, kept on this device only. A draft: the person may
 * have answered some questions and not others (see `completeProfile` in lib/suitability).
 */
export const StoredProfileSchema = z.strictObject({ profile: ProfileDraftSchema });
export type StoredProfile = z.infer<typeof StoredProfileSchema>;

export const EMPTY_PROFILE: ProfileDraft = {};

export const PROFILE_UNREADABLE_NOTICE = 'Your saved profile could not be read, so it was cleared.';

/** Version 1 named the pain location `painArea`; see ./migrations/profile-v2.ts. */
export const profileItem = storage.defineItem<StoredProfile | null>('local:profile', {
  fallback: null,
  version: 2,
  migrations: { 2: migrateProfileToV2 },
});

export interface LoadedProfile {
  profile: ProfileDraft;
  /** Set when a stored value had to be thrown away; shown once, quietly. */
  notice: string | null;
}

/** Never throws: a stored value that does not fit is removed and reported in `notice`. */
export async function loadProfile(): Promise<LoadedProfile> {
  try {
    const raw = await profileItem.getValue();
    if (raw === null) return { profile: EMPTY_PROFILE, notice: null };
    const parsed = StoredProfileSchema.safeParse(raw);
    if (parsed.success) return { profile: parsed.data.profile, notice: null };
  } catch {
    // Storage itself failed (e.g. a migration threw); treat it like an unreadable value.
  }
  await profileItem.removeValue().catch(() => undefined);
  return { profile: EMPTY_PROFILE, notice: PROFILE_UNREADABLE_NOTICE };
}

/** Saves the answers given so far. Throws on a draft that does not fit the schema (a programming error). */
export async function saveProfile(profile: ProfileDraft): Promise<void> {
  await profileItem.setValue({ profile: ProfileDraftSchema.parse(profile) });
}

export async function clearProfile(): Promise<void> {
  await profileItem.removeValue();
}

/** Calls `onChange` with the stored answers whenever any context saves or clears them; unreadable → empty. */
export function watchProfile(onChange: (profile: ProfileDraft) => void): () => void {
  return profileItem.watch((raw) => {
    const parsed = StoredProfileSchema.safeParse(raw);
    onChange(parsed.success ? parsed.data.profile : EMPTY_PROFILE);
  });
}
