import { useEffect, useRef, useState } from 'preact/hooks';
import { clearEditedNote, readEditedNote, saveEditedNote } from '@/lib/settings/therapist-note';
import { buildTherapistNote, type Profile } from '@/lib/suitability';
import { ProfileMap } from './ProfileMap';
import './therapist-note.css';

export interface TherapistNoteProps {
  /** The complete profile the note is built from; null until the required questions are answered. */
  profile: Profile | null;
  copy: (text: string) => Promise<void>;
  /** The heading's level: the popup's panels use h2, the guide page's sections too. */
  headingId: string;
}

/** Saving waits for a pause in typing, so storage is not written on every key. */
const SAVE_DELAY_MS = 400;

/**
 * The note for the therapist: built from the answers, editable, then copied, printed, or (from the
 * context menu on a page's field) inserted. An edit is kept on this device until the person starts again.
 */
export function TherapistNote({ profile, copy, headingId }: TherapistNoteProps) {
  const [edited, setEdited] = useState<string | null | undefined>(undefined);
  const [status, setStatus] = useState('');
  const saveTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => {
    void readEditedNote().then(setEdited);
    return () => clearTimeout(saveTimer.current);
  }, []);

  const built = profile ? buildTherapistNote(profile) : null;
  const text = edited ?? built;
  const edit = (next: string) => {
    setEdited(next);
    setStatus('');
    clearTimeout(saveTimer.current);
    saveTimer.current = setTimeout(
      () => void saveEditedNote(next).then(() => setStatus('Your edit is saved on this device.')),
      SAVE_DELAY_MS,
    );
  };
  const startAgain = async () => {
    clearTimeout(saveTimer.current);
    await clearEditedNote();
    setEdited(null);
    setStatus('The note is built from your answers again.');
  };
  const copyNote = async () => {
    try {
      await copy(text ?? '');
      setStatus('Copied the note.');
    } catch {
      setStatus('Could not copy. Select the text and copy it yourself.');
    }
  };
  const print = () => {
    // Only the note prints: the page's other panels hide while this attribute is set (therapist-note.css).
    document.documentElement.dataset.printing = 'note';
    window.print();
    delete document.documentElement.dataset.printing;
  };

  return (
    <section class="panel therapist-note" aria-labelledby={headingId}>
      <h2 id={headingId}>A note for your therapist</h2>
      {edited === undefined ? (
        <p class="hint">Loading your note…</p>
      ) : text === null ? (
        <p class="hint therapist-note__missing">
          Answer the questions about your back pain, and a note is written here for you.
        </p>
      ) : (
        <>
          {profile && <ProfileMap answers={profile} variant="captioned" />}
          <p class="hint">
            Built from your answers, in your words to edit. Paste it into a booking form, print it, or right-click a
            form’s notes box and choose “Insert my note for the therapist”: that click is the only time a page receives
            it.
          </p>
          <label class="therapist-note__label" for={`${headingId}-text`}>
            Your note
          </label>
          <textarea
            id={`${headingId}-text`}
            class="therapist-note__text"
            rows={10}
            value={text}
            onInput={(event) => edit(event.currentTarget.value)}
          />
          {/* What prints: the note, and beside it the map a therapist's body chart would show. */}
          <div class="therapist-note__print" aria-hidden="true">
            {profile && <ProfileMap answers={profile} variant="captioned" />}
            <pre>{text}</pre>
          </div>
          <div class="therapist-note__actions">
            <button type="button" onClick={() => void copyNote()}>
              Copy the note
            </button>
            <button type="button" onClick={print}>
              Print the note
            </button>
            {edited !== null && (
              <button type="button" onClick={() => void startAgain()}>
                Start again from my answers
              </button>
            )}
          </div>
        </>
      )}
      <p class="hint" role="status">
        {status}
      </p>
    </section>
  );
}
