import * as z from 'zod/mini';
import { storage } from '#imports';
import { THERAPIST_NOTE_LIMIT } from '@/lib/message-type';
import { buildTherapistNote, completeProfile } from '@/lib/suitability';
import { readProfile } from './profile';

/**
 * The person's own edit of the note for the therapist, kept on this device. Nothing is stored until
 * they edit it: until then the note is built afresh from their answers, so it follows every change.
 * Only extension pages and the background read it; a content script sees a note only in the one
 * `insert-note` message sent when the person picks "Insert my note for the therapist".
 */
export const StoredNoteSchema = z.strictObject({ text: z.string().check(z.maxLength(THERAPIST_NOTE_LIMIT)) });
export type StoredNote = z.infer<typeof StoredNoteSchema>;

export const noteItem = storage.defineItem<StoredNote | null>('local:therapistNote', { fallback: null, version: 1 });

/** The saved edit, or null when there is none or it does not fit (then the built note stands in). */
export async function readEditedNote(): Promise<string | null> {
  const parsed = StoredNoteSchema.safeParse(await noteItem.getValue().catch(() => null));
  return parsed.success ? parsed.data.text : null;
}

/** Saves the person's edit, cut to the limit a notes box can take. */
export async function saveEditedNote(text: string): Promise<void> {
  await noteItem.setValue({ text: text.slice(0, THERAPIST_NOTE_LIMIT) });
}

/** Forgets the edit: the note is built from the answers again. */
export async function clearEditedNote(): Promise<void> {
  await noteItem.removeValue();
}

/** The note as the person last saw it: their edit, else built from a complete profile, else null. */
export async function readTherapistNote(): Promise<string | null> {
  const edited = await readEditedNote();
  if (edited !== null) return edited;
  const profile = completeProfile(await readProfile());
  return profile ? buildTherapistNote(profile).slice(0, THERAPIST_NOTE_LIMIT) : null;
}
