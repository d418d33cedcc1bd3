import * as z from 'zod/mini';
import { THERAPIST_NOTE_LIMIT } from '@/lib/message-type';
import { buildTherapistNote, completeProfile } from '@/lib/suitability';
import { readPrivate, updatePrivate } from './private-store';
import { readProfile } from './profile';

/**
 * The person's own edit of the note for the therapist, kept on this device. Nothing is stored until
 * they edit it: until then the note is built afresh from their answers, so it follows every change.
 * It names health conditions, so it lives with the profile in the private store, which no content
 * script can open; a content script sees a note only in the one `insert-note` message sent when the
 * person picks "Insert my note for the therapist".
 */
const StoredNoteSchema = z.strictObject({ text: z.string().check(z.maxLength(THERAPIST_NOTE_LIMIT)) });

const NOTE_KEY = 'therapist-note';

/** The saved edit, or null when there is none or it does not fit (then the built note stands in). */
export async function readEditedNote(): Promise<string | null> {
  const stored = await readPrivate([NOTE_KEY]).catch(() => ({}) as Record<string, unknown>);
  const parsed = StoredNoteSchema.safeParse(stored[NOTE_KEY]);
  return parsed.success ? parsed.data.text : null;
}

/** Saves the person's edit, cut to the limit a notes box can take. */
export async function saveEditedNote(text: string): Promise<void> {
  await updatePrivate([NOTE_KEY], () => ({ [NOTE_KEY]: { text: text.slice(0, THERAPIST_NOTE_LIMIT) } }));
}

/** Forgets the edit: the note is built from the answers again. */
export async function clearEditedNote(): Promise<void> {
  await updatePrivate([NOTE_KEY], () => ({ [NOTE_KEY]: undefined }));
}

/** The note as the person last saw it: their edit, else built from a complete profile, else null. */
export async function readTherapistNote(): Promise<string | null> {
  const edited = await readEditedNote();
  if (edited !== null) return edited;
  const profile = completeProfile(await readProfile());
  return profile ? buildTherapistNote(profile).slice(0, THERAPIST_NOTE_LIMIT) : null;
}
