import { SAFETY_NOTE } from '@/lib/guide';
import type { SafetyGate } from '@/lib/suitability';
import { SourceList } from './guide/SourceList';

/** The safety gate's message, which leads the checker, with each sign behind it and its source. */
export function SafetyNotice({ gate }: { gate: SafetyGate }) {
  return (
    <section
      class={`safety-notice safety-notice--${gate.tier}`}
      aria-labelledby="safety-notice-title"
      role={gate.tier === 'emergency' ? 'alert' : undefined}
    >
      <h2 id="safety-notice-title" tabIndex={-1}>
        {gate.title}
      </h2>
      <p>{gate.message}</p>
      <ul>
        {gate.signs.map((sign) => (
          <li key={sign.id} data-sign={sign.id}>
            <strong>{sign.label}.</strong> {sign.explanation}
            <SourceList sources={sign.sources} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The short "not medical advice" note, for when no gate applies. */
export function SafetyNote() {
  return (
    <aside class="safety-note" aria-label="Safety note">
      <p>{SAFETY_NOTE.text}</p>
      <SourceList sources={SAFETY_NOTE.sources} />
    </aside>
  );
}
