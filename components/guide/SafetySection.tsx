import type { RedFlag, Source } from '@/lib/guide';
import { SourceList } from './SourceList';

interface Props {
  note: { text: string; sources: readonly Source[] };
  redFlags: readonly RedFlag[];
}

/** The "not medical advice" note and the warning signs that call for a doctor before any massage. */
export function SafetySection({ note, redFlags }: Props) {
  return (
    <section id="safety" class="guide-section" aria-labelledby="safety-title">
      <h2 id="safety-title">Safety</h2>
      <div class="safety-note">
        <p>{note.text}</p>
        <SourceList sources={note.sources} />
      </div>
      <h3>See a doctor before any massage if your back pain comes with:</h3>
      <ul class="red-flags">
        {redFlags.map((flag) => (
          <li key={flag.id} id={`red-flag-${flag.id}`}>
            <strong>{flag.label}</strong>
            <p>{flag.explanation}</p>
            <SourceList sources={flag.sources} />
          </li>
        ))}
      </ul>
    </section>
  );
}
