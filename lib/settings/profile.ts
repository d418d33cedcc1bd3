import { browser } from '#imports';
import { ProfileDraftSchema, type ProfileDraft } from '@/lib/suitability';
import { migrateProfileToV2 } from './migrations/profile-v2';
import { readPrivate, updatePrivate } from './private-store';
import { bringUpToDate, isRecord, versionKeyOf } from './stored-version';

/**
 * The person's answers to the suitability questions, kept on this device only, in the extension's
 * private store (private-store.ts), out of every content script's reach. A draft: the person may have
 * answered some questions and not others (see `completeProfile` in lib/suitability).
 *
 * A read never deletes anything. Answers this version cannot read (a field a newer version added, a
 * value it does not know) are kept beside the draft and written back with it; a stored value that
 * cannot be read at all is kept aside whole. Both are named to the person and go into backups. Only
 * `clearProfile` ("Clear my answers") removes them.
 */
const EMPTY_PROFILE: ProfileDraft = {};

const PROFILE_KEY = 'profile';
const VERSION_KEY = versionKeyOf(PROFILE_KEY);
/** Stored values that could not be read when new answers were saved over them, oldest first. */
const ASIDE_KEY = 'profile-aside';
const KEYS = [PROFILE_KEY, VERSION_KEY, ASIDE_KEY];
const PROFILE_VERSION = 2;
/** Version 1 named the pain location `painArea`; see ./migrations/profile-v2.ts. */
const MIGRATIONS = { 2: migrateProfileToV2 };

export interface StoredProfileRead {
  profile: ProfileDraft;
  /** Answers kept as stored because this version cannot read them, by field. */
  kept: Record<string, unknown>;
  /** Whole stored values that could not be read: the current one, then those set aside. */
  unreadable: unknown[];
  /** True when storage itself failed, so nothing could be read (and nothing was changed). */
  failed?: boolean;
}

type Fields = Record<string, unknown>;
const shape = ProfileDraftSchema.shape as unknown as Record<string, { safeParse(v: unknown): { success: boolean } }>;

/** Splits stored answers into those that fit this version's questions and the rest, kept as they are. */
function splitAnswers(answers: Fields): { profile: ProfileDraft; kept: Fields } {
  const fits: Fields = {};
  const kept: Fields = {};
  for (const [key, value] of Object.entries(answers)) {
    if (Object.hasOwn(shape, key) && shape[key]!.safeParse(value).success) fits[key] = value;
    else kept[key] = value;
  }
  return { profile: ProfileDraftSchema.parse(fits), kept };
}

function readStored(stored: Record<string, unknown>): StoredProfileRead & { answers: Fields | null } {
  const aside = Array.isArray(stored[ASIDE_KEY]) ? (stored[ASIDE_KEY] as unknown[]) : [];
  const raw = stored[PROFILE_KEY];
  const current = bringUpToDate(raw, stored[VERSION_KEY], PROFILE_VERSION, MIGRATIONS);
  if (current.value === null) return { profile: EMPTY_PROFILE, kept: {}, unreadable: aside, answers: null };
  if (!current.readable || !isRecord(current.value) || !isRecord(current.value.profile)) {
    const whole = { [PROFILE_KEY]: raw, [VERSION_KEY]: stored[VERSION_KEY] };
    return { profile: EMPTY_PROFILE, kept: {}, unreadable: [whole, ...aside], answers: null };
  }
  return { ...splitAnswers(current.value.profile), unreadable: aside, answers: current.value.profile };
}

/**
 * Moves a profile that an earlier version kept in `storage.local` (where content scripts can read it)
 * into the private store, then removes the old keys, only once the write is committed. Where the
 * private store already has a profile, the old value is kept aside rather than trusted over it: any
 * content script can write `storage.local`.
 */
async function moveOldProfile(): Promise<void> {
  const old = await browser.storage.local.get([PROFILE_KEY, VERSION_KEY]);
  if (old[PROFILE_KEY] === undefined && old[VERSION_KEY] === undefined) return;
  await updatePrivate(KEYS, (stored) => {
    if (stored[PROFILE_KEY] === undefined) return { [PROFILE_KEY]: old[PROFILE_KEY], [VERSION_KEY]: old[VERSION_KEY] };
    const aside = Array.isArray(stored[ASIDE_KEY]) ? (stored[ASIDE_KEY] as unknown[]) : [];
    return { [ASIDE_KEY]: [...aside, old] };
  });
  await browser.storage.local.remove([PROFILE_KEY, VERSION_KEY]);
}

/** The stored answers, as well as this version can read them. Never throws, never deletes. */
export async function readStoredProfile(): Promise<StoredProfileRead> {
  try {
    await moveOldProfile();
    const { profile, kept, unreadable } = readStored(await readPrivate(KEYS));
    return { profile, kept, unreadable };
  } catch {
    // Storage itself failed: nothing can be read, and nothing is changed.
    return { profile: EMPTY_PROFILE, kept: {}, unreadable: [], failed: true };
  }
}

export interface LoadedProfile {
  profile: ProfileDraft;
  /** Set when stored answers could not be read; says that they are kept and where they go. */
  notice: string | null;
}

function describeUnread({ kept, unreadable, failed }: StoredProfileRead): string | null {
  const fields = Object.keys(kept);
  if (failed)
    return 'Your saved answers could not be opened just now: the browser’s storage failed. Nothing was changed; open the checker again to try again.';
  if (unreadable.length > 0)
    return 'Some of your saved answers could not be read. They are kept as saved (a backup exported from the options page includes them) until you choose “Clear my answers”.';
  if (fields.length > 0)
    return `Some saved answers are not questions this version asks (${fields.join(', ')}). They are kept as saved, and a backup includes them.`;
  return null;
}

/** For the checker, which owns the profile. Never throws, never deletes. */
export async function loadProfile(): Promise<LoadedProfile> {
  const read = await readStoredProfile();
  return { profile: read.profile, notice: describeUnread(read) };
}

/** For the background, writing a card's verdict: the answers this version can read. */
export async function readProfile(): Promise<ProfileDraft> {
  return (await readStoredProfile()).profile;
}

/**
 * Saves the answers given so far, with the answers kept from before (`extra`: those of a backup being
 * imported). A stored value that could not be read is set aside, not overwritten. Throws on a draft
 * that does not fit the schema (a programming error) and when storage fails.
 */
export async function saveProfile(profile: ProfileDraft, extra: Fields = {}): Promise<void> {
  const draft = ProfileDraftSchema.parse(profile);
  await moveOldProfile();
  await updatePrivate(KEYS, (stored) => {
    const read = readStored(stored);
    const aside = Array.isArray(stored[ASIDE_KEY]) ? (stored[ASIDE_KEY] as unknown[]) : [];
    const unreadableNow = read.answers === null && stored[PROFILE_KEY] !== undefined;
    // The draft holds every known answer; fields it leaves out were cleared by the person.
    return {
      [PROFILE_KEY]: { profile: { ...read.kept, ...extra, ...draft } },
      [VERSION_KEY]: { v: PROFILE_VERSION },
      ...(unreadableNow && {
        [ASIDE_KEY]: [...aside, { [PROFILE_KEY]: stored[PROFILE_KEY], [VERSION_KEY]: stored[VERSION_KEY] }],
      }),
    };
  });
}

/** "Clear my answers": removes the answers and everything kept with them. */
export async function clearProfile(): Promise<void> {
  await browser.storage.local.remove([PROFILE_KEY, VERSION_KEY]);
  await updatePrivate(KEYS, () => Object.fromEntries(KEYS.map((key) => [key, undefined])));
}
