import { RED_FLAGS, SAFETY_NOTE, type RedFlagId } from '@/lib/guide';
import { SEE_DOCTOR_MESSAGE } from '@/lib/suitability';
import { SourceList } from './guide/SourceList';

/** The see-a-doctor message when warning signs are ticked; otherwise the short safety note. */
export function SafetyNotice({ redFlags }: { redFlags: readonly RedFlagId[] }) {
  const flagged = RED_FLAGS.filter((flag) => redFlags.includes(flag.id as RedFlagId));
  if (flagged.length === 0) {
    return (
      <aside class="safety-note" aria-label="Safety note">
        <p>{SAFETY_NOTE.text}</p>
        <SourceList sources={SAFETY_NOTE.sources} />
      </aside>
    );
  }
  return (
    <section class="see-doctor" aria-labelledby="see-doctor-title">
      <h2 id="see-doctor-title">See a doctor first</h2>
      <p>{SEE_DOCTOR_MESSAGE}</p>
      <ul>
        {flagged.map((flag) => (
          <li key={flag.id}>
            <strong>{flag.label}.</strong> {flag.explanation}
            <SourceList sources={flag.sources} />
          </li>
        ))}
      </ul>
    </section>
  );
}
