import { useEffect, useState } from 'preact/hooks';
import { TherapistNote } from '@/components/TherapistNote';
import { readProfile } from '@/lib/settings/profile';
import { completeProfile, type Profile } from '@/lib/suitability';

/** The note for the therapist on the guide page, following the answers saved in the checker. */
export function GuideNote() {
  const [profile, setProfile] = useState<Profile | null>(null);
  useEffect(() => {
    const read = () => void readProfile().then((draft) => setProfile(completeProfile(draft)));
    read();
    // The answers live in IndexedDB, which tells no other page of a change: read them again whenever
    // the person comes back to this tab, as after answering in the popup.
    window.addEventListener('focus', read);
    return () => window.removeEventListener('focus', read);
  }, []);
  return (
    <div id="therapist-note" class="guide-section">
      <TherapistNote
        profile={profile}
        copy={(text) => navigator.clipboard.writeText(text)}
        headingId="therapist-note-title"
      />
    </div>
  );
}
