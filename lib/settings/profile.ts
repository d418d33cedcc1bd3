import * as z from 'zod/mini';
import { storage } from '#imports';
import { ProfileDraftSchema, type ProfileDraft } from '@/lib/suitability';
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

/** The stored answers, EMPTY_PROFILE when nothing is stored, or null when the stored value does not fit. */
async function readStored(): Promise<ProfileDraft | null> {
  try {
    const raw = await profileItem.getValue();
    if (raw === null) return EMPTY_PROFILE;
    const parsed = StoredProfileSchema.safeParse(raw);
    return parsed.success ? parsed.data.profile : null;
  } catch {
    return null; // storage itself failed (e.g. a migration threw): as unreadable as a bad value
  }
}

/**
 * For the checker, which owns the profile. Never throws: a stored value that does not fit is removed
 * and reported in `notice`.
 */
export async function loadProfile(): Promise<LoadedProfile> {
  const profile = await readStored();
  if (profile !== null) return { profile, notice: null };
  await profileItem.removeValue().catch(() => undefined);
  return { profile: EMPTY_PROFILE, notice: PROFILE_UNREADABLE_NOTICE };
}

/**
 * For every other context (the background, writing a card's verdict): reads without repairing, so the
 * checker still finds an unreadable value and can tell the person about it. Unreadable → empty.
 */
export async function readProfile(): Promise<ProfileDraft> {
  return (await readStored()) ?? EMPTY_PROFILE;
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
