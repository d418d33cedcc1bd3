import { useEffect, useState } from 'preact/hooks';
import { TherapistNote } from '@/components/TherapistNote';
import { readProfile, watchProfile } from '@/lib/settings/profile';
import { completeProfile, type Profile } from '@/lib/suitability';

/** The note for the therapist on the guide page, following the answers saved in the checker. */
export function GuideNote() {
  const [profile, setProfile] = useState<Profile | null>(null);
  useEffect(() => {
    void readProfile().then((draft) => setProfile(completeProfile(draft)));
    return watchProfile((draft) => setProfile(completeProfile(draft)));
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
